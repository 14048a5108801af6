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
    from ...._client import AsyncClient, Client
    from ...._response import Response


class AsyncScimApi:
    """The ``scim`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def orgs_scim_v2_department_members_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """GET /scim/v2/DepartmentMembers List all department members in the system.

        ``GET /api/orgs/{org}/scim/v2/DepartmentMembers/`` (operation ``orgs_scim_v2_department_members_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_department_members_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_department_members_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_department_members_retrieve`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_department_members_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_department_members_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """POST /scim/v2/DepartmentMembers Create or update a department member using core logic. SCIM
        format.

        ``POST /api/orgs/{org}/scim/v2/DepartmentMembers/`` (operation ``orgs_scim_v2_department_members_create``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_department_members_create import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_department_members_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_department_members_create`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_department_members_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_department_members_retrieve2(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """GET /scim/v2/DepartmentMembers/{id} Get department members for a specific department (must
        belong to the requesting platform/org). SCIM format.

        ``GET /api/orgs/{org}/scim/v2/DepartmentMembers/{id}/`` (operation ``orgs_scim_v2_department_members_retrieve2``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_department_members_retrieve2 import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_department_members_retrieve2_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_department_members_retrieve2`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_department_members_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_department_members_update(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """PUT /scim/v2/DepartmentMembers/{id} Update a department member using core logic. SCIM format.

        ``PUT /api/orgs/{org}/scim/v2/DepartmentMembers/{id}/`` (operation ``orgs_scim_v2_department_members_update``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_department_members_update import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_department_members_update_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_department_members_update`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_department_members_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_department_members_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """DELETE /scim/v2/DepartmentMembers/{id} Delete a department member using core logic. SCIM format.

        ``DELETE /api/orgs/{org}/scim/v2/DepartmentMembers/{id}/`` (operation ``orgs_scim_v2_department_members_destroy``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .orgs_scim_v2_department_members_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_department_members_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `orgs_scim_v2_department_members_destroy`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_department_members_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """GET /scim/v2/Departments

        List departments in the system. Supports filtering and pagination.

        ``GET /api/orgs/{org}/scim/v2/Departments/`` (operation ``orgs_scim_v2_departments_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_departments_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_departments_retrieve`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_departments_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """POST /scim/v2/Departments

        Create a new department in the system.

        ``POST /api/orgs/{org}/scim/v2/Departments/`` (operation ``orgs_scim_v2_departments_create``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_departments_create import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_departments_create`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_departments_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_retrieve2(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """GET /scim/v2/Departments/{id}

        Get details of a specific department.

        ``GET /api/orgs/{org}/scim/v2/Departments/{id}/`` (operation ``orgs_scim_v2_departments_retrieve2``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_departments_retrieve2 import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_retrieve2_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_departments_retrieve2`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_departments_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_update(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """PUT /scim/v2/Departments/{id}

        Update a department's information.

        ``PUT /api/orgs/{org}/scim/v2/Departments/{id}/`` (operation ``orgs_scim_v2_departments_update``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_departments_update import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_update_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_departments_update`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_departments_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """DELETE /scim/v2/Departments/{id}

        Delete a department from the system.

        ``DELETE /api/orgs/{org}/scim/v2/Departments/{id}/`` (operation ``orgs_scim_v2_departments_destroy``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .orgs_scim_v2_departments_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `orgs_scim_v2_departments_destroy`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_departments_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_add_members_create(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """POST /scim/v2/Departments/{id}/add_members

        Add members to a department.

        ``POST /api/orgs/{org}/scim/v2/Departments/{id}/add_members/`` (operation ``orgs_scim_v2_departments_add_members_create``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_departments_add_members_create import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_add_members_create_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_departments_add_members_create`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_departments_add_members_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_remove_members_create(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """POST /scim/v2/Departments/{id}/remove_members

        Remove members from a department.

        ``POST /api/orgs/{org}/scim/v2/Departments/{id}/remove_members/`` (operation ``orgs_scim_v2_departments_remove_members_create``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_departments_remove_members_create import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_departments_remove_members_create_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_departments_remove_members_create`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_departments_remove_members_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_group_members_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """SCIM Group Member endpoints for managing group members in the system.

        ``GET /api/orgs/{org}/scim/v2/GroupMembers/`` (operation ``orgs_scim_v2_group_members_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_group_members_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_group_members_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_group_members_retrieve`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_group_members_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_group_members_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """SCIM Group Member endpoints for managing group members in the system.

        ``POST /api/orgs/{org}/scim/v2/GroupMembers/`` (operation ``orgs_scim_v2_group_members_create``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_group_members_create import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_group_members_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_group_members_create`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_group_members_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_group_members_retrieve2(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """SCIM Group Member endpoints for managing group members in the system.

        ``GET /api/orgs/{org}/scim/v2/GroupMembers/{id}/`` (operation ``orgs_scim_v2_group_members_retrieve2``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_group_members_retrieve2 import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_group_members_retrieve2_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_group_members_retrieve2`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_group_members_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_group_members_update(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """SCIM Group Member endpoints for managing group members in the system.

        ``PUT /api/orgs/{org}/scim/v2/GroupMembers/{id}/`` (operation ``orgs_scim_v2_group_members_update``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_group_members_update import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_group_members_update_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_group_members_update`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_group_members_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_group_members_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """SCIM Group Member endpoints for managing group members in the system.

        ``DELETE /api/orgs/{org}/scim/v2/GroupMembers/{id}/`` (operation ``orgs_scim_v2_group_members_destroy``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .orgs_scim_v2_group_members_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_group_members_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `orgs_scim_v2_group_members_destroy`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_group_members_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """SCIM Group endpoints for managing user groups in the system (SCIM 2.0).

        ``GET /api/orgs/{org}/scim/v2/Groups/`` (operation ``orgs_scim_v2_groups_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_groups_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_groups_retrieve`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_groups_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """SCIM Group endpoints for managing user groups in the system (SCIM 2.0).

        ``POST /api/orgs/{org}/scim/v2/Groups/`` (operation ``orgs_scim_v2_groups_create``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_groups_create import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_groups_create`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_groups_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_retrieve2(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """GET /scim/v2/groups/{id}

        Get details of a specific user group.

        ``GET /api/orgs/{org}/scim/v2/Groups/{id}/`` (operation ``orgs_scim_v2_groups_retrieve2``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_groups_retrieve2 import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_retrieve2_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_groups_retrieve2`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_groups_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_update(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """PUT /scim/v2/groups/{id}

        Update a user group's information.

        ``PUT /api/orgs/{org}/scim/v2/Groups/{id}/`` (operation ``orgs_scim_v2_groups_update``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_groups_update import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_update_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_groups_update`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_groups_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """DELETE /scim/v2/groups/{id}

        Delete a user group from the system.

        ``DELETE /api/orgs/{org}/scim/v2/Groups/{id}/`` (operation ``orgs_scim_v2_groups_destroy``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .orgs_scim_v2_groups_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `orgs_scim_v2_groups_destroy`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_groups_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_add_members_create(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """POST /scim/v2/groups/{id}/add_members

        Add members to a user group.

        ``POST /api/orgs/{org}/scim/v2/Groups/{id}/add_members/`` (operation ``orgs_scim_v2_groups_add_members_create``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_groups_add_members_create import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_add_members_create_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_groups_add_members_create`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_groups_add_members_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_remove_members_create(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """POST /scim/v2/groups/{id}/remove_members

        Remove members from a user group.

        ``POST /api/orgs/{org}/scim/v2/Groups/{id}/remove_members/`` (operation ``orgs_scim_v2_groups_remove_members_create``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_groups_remove_members_create import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_groups_remove_members_create_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_groups_remove_members_create`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_groups_remove_members_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_users_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """GET /scim/v2/users

        List users in the system. Supports filtering and pagination.

        ``GET /api/orgs/{org}/scim/v2/Users/`` (operation ``orgs_scim_v2_users_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_users_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_users_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_users_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """POST /scim/v2/users

        Create a new user in the system.

        ``POST /api/orgs/{org}/scim/v2/Users/`` (operation ``orgs_scim_v2_users_create``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_users_create import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_users_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_users_create`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_users_retrieve2(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """GET /scim/v2/users/{id}

        Get details of a specific user.

        ``GET /api/orgs/{org}/scim/v2/Users/{id}/`` (operation ``orgs_scim_v2_users_retrieve2``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_users_retrieve2 import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_users_retrieve2_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_users_retrieve2`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_users_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_users_update(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """PUT /scim/v2/users/{id}

        Update a user's information.

        ``PUT /api/orgs/{org}/scim/v2/Users/{id}/`` (operation ``orgs_scim_v2_users_update``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .orgs_scim_v2_users_update import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_users_update_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `orgs_scim_v2_users_update`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_users_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_users_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """DELETE /scim/v2/users/{id} is not supported.

        ``DELETE /api/orgs/{org}/scim/v2/Users/{id}/`` (operation ``orgs_scim_v2_users_destroy``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .orgs_scim_v2_users_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def orgs_scim_v2_users_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `orgs_scim_v2_users_destroy`, returning the whole `Response` and raising no status error."""
        from .orgs_scim_v2_users_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
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

    def orgs_scim_v2_department_members_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_department_members_retrieve`."""
        from .orgs_scim_v2_department_members_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_department_members_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_department_members_retrieve_detailed`."""
        from .orgs_scim_v2_department_members_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_department_members_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_department_members_create`."""
        from .orgs_scim_v2_department_members_create import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_department_members_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_department_members_create_detailed`."""
        from .orgs_scim_v2_department_members_create import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_department_members_retrieve2(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_department_members_retrieve2`."""
        from .orgs_scim_v2_department_members_retrieve2 import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_department_members_retrieve2_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_department_members_retrieve2_detailed`."""
        from .orgs_scim_v2_department_members_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_department_members_update(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_department_members_update`."""
        from .orgs_scim_v2_department_members_update import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_department_members_update_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_department_members_update_detailed`."""
        from .orgs_scim_v2_department_members_update import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_department_members_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncScimApi.orgs_scim_v2_department_members_destroy`."""
        from .orgs_scim_v2_department_members_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_department_members_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncScimApi.orgs_scim_v2_department_members_destroy_detailed`."""
        from .orgs_scim_v2_department_members_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_departments_retrieve`."""
        from .orgs_scim_v2_departments_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_departments_retrieve_detailed`."""
        from .orgs_scim_v2_departments_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_departments_create`."""
        from .orgs_scim_v2_departments_create import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_departments_create_detailed`."""
        from .orgs_scim_v2_departments_create import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_retrieve2(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_departments_retrieve2`."""
        from .orgs_scim_v2_departments_retrieve2 import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_retrieve2_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_departments_retrieve2_detailed`."""
        from .orgs_scim_v2_departments_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_update(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_departments_update`."""
        from .orgs_scim_v2_departments_update import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_update_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_departments_update_detailed`."""
        from .orgs_scim_v2_departments_update import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncScimApi.orgs_scim_v2_departments_destroy`."""
        from .orgs_scim_v2_departments_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncScimApi.orgs_scim_v2_departments_destroy_detailed`."""
        from .orgs_scim_v2_departments_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_add_members_create(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_departments_add_members_create`."""
        from .orgs_scim_v2_departments_add_members_create import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_add_members_create_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_departments_add_members_create_detailed`."""
        from .orgs_scim_v2_departments_add_members_create import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_remove_members_create(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_departments_remove_members_create`."""
        from .orgs_scim_v2_departments_remove_members_create import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_departments_remove_members_create_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_departments_remove_members_create_detailed`."""
        from .orgs_scim_v2_departments_remove_members_create import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_group_members_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_group_members_retrieve`."""
        from .orgs_scim_v2_group_members_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_group_members_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_group_members_retrieve_detailed`."""
        from .orgs_scim_v2_group_members_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_group_members_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_group_members_create`."""
        from .orgs_scim_v2_group_members_create import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_group_members_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_group_members_create_detailed`."""
        from .orgs_scim_v2_group_members_create import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_group_members_retrieve2(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_group_members_retrieve2`."""
        from .orgs_scim_v2_group_members_retrieve2 import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_group_members_retrieve2_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_group_members_retrieve2_detailed`."""
        from .orgs_scim_v2_group_members_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_group_members_update(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_group_members_update`."""
        from .orgs_scim_v2_group_members_update import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_group_members_update_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_group_members_update_detailed`."""
        from .orgs_scim_v2_group_members_update import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_group_members_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncScimApi.orgs_scim_v2_group_members_destroy`."""
        from .orgs_scim_v2_group_members_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_group_members_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncScimApi.orgs_scim_v2_group_members_destroy_detailed`."""
        from .orgs_scim_v2_group_members_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_groups_retrieve`."""
        from .orgs_scim_v2_groups_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_groups_retrieve_detailed`."""
        from .orgs_scim_v2_groups_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_groups_create`."""
        from .orgs_scim_v2_groups_create import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_groups_create_detailed`."""
        from .orgs_scim_v2_groups_create import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_retrieve2(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_groups_retrieve2`."""
        from .orgs_scim_v2_groups_retrieve2 import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_retrieve2_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_groups_retrieve2_detailed`."""
        from .orgs_scim_v2_groups_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_update(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_groups_update`."""
        from .orgs_scim_v2_groups_update import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_update_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_groups_update_detailed`."""
        from .orgs_scim_v2_groups_update import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncScimApi.orgs_scim_v2_groups_destroy`."""
        from .orgs_scim_v2_groups_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncScimApi.orgs_scim_v2_groups_destroy_detailed`."""
        from .orgs_scim_v2_groups_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_add_members_create(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_groups_add_members_create`."""
        from .orgs_scim_v2_groups_add_members_create import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_add_members_create_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_groups_add_members_create_detailed`."""
        from .orgs_scim_v2_groups_add_members_create import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_remove_members_create(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_groups_remove_members_create`."""
        from .orgs_scim_v2_groups_remove_members_create import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_groups_remove_members_create_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_groups_remove_members_create_detailed`."""
        from .orgs_scim_v2_groups_remove_members_create import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_users_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_users_retrieve`."""
        from .orgs_scim_v2_users_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_users_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_users_retrieve_detailed`."""
        from .orgs_scim_v2_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_users_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_users_create`."""
        from .orgs_scim_v2_users_create import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_users_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_users_create_detailed`."""
        from .orgs_scim_v2_users_create import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_users_retrieve2(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_users_retrieve2`."""
        from .orgs_scim_v2_users_retrieve2 import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_users_retrieve2_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_users_retrieve2_detailed`."""
        from .orgs_scim_v2_users_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_users_update(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncScimApi.orgs_scim_v2_users_update`."""
        from .orgs_scim_v2_users_update import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_users_update_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncScimApi.orgs_scim_v2_users_update_detailed`."""
        from .orgs_scim_v2_users_update import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_users_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncScimApi.orgs_scim_v2_users_destroy`."""
        from .orgs_scim_v2_users_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def orgs_scim_v2_users_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncScimApi.orgs_scim_v2_users_destroy_detailed`."""
        from .orgs_scim_v2_users_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
