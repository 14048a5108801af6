"""Operations tagged ``career`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncCareerApi` / `CareerApi`, reached as
``client.career``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.company import Company
    from ...models.company_request import CompanyRequest
    from ...models.education import Education
    from ...models.education_request import EducationRequest
    from ...models.experience import Experience
    from ...models.experience_request import ExperienceRequest
    from ...models.institution import Institution
    from ...models.institution_request import InstitutionRequest
    from ...models.program import Program
    from ...models.program_request import ProgramRequest


class AsyncCareerApi:
    """The ``career`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def career_location_orgs_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint for managing user base locations

        ``GET /api/career/location/orgs/{org}/users/{username}/`` (operation ``career_location_orgs_users_retrieve``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .career_location_orgs_users_retrieve import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_location_orgs_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `career_location_orgs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .career_location_orgs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_location_orgs_users_update(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint for managing user base locations

        ``PUT /api/career/location/orgs/{org}/users/{username}/`` (operation ``career_location_orgs_users_update``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .career_location_orgs_users_update import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_location_orgs_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `career_location_orgs_users_update`, returning the whole `Response` and raising no status error."""
        from .career_location_orgs_users_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_location_orgs_users_create(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint for managing user base locations

        ``POST /api/career/location/orgs/{org}/users/{username}/`` (operation ``career_location_orgs_users_create``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .career_location_orgs_users_create import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_location_orgs_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `career_location_orgs_users_create`, returning the whole `Response` and raising no status error."""
        from .career_location_orgs_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_locations_orgs_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Platform-wide location statistics (GET only)

        ``GET /api/career/locations/orgs/{org}/`` (operation ``career_locations_orgs_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .career_locations_orgs_retrieve import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_locations_orgs_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `career_locations_orgs_retrieve`, returning the whole `Response` and raising no status error."""
        from .career_locations_orgs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_companies_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Company:
        """``GET /api/career/orgs/{org}/companies/users/{username}/`` (operation ``career_orgs_companies_users_retrieve``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Company
        """

        from .career_orgs_companies_users_retrieve import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_companies_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Company]:
        """Like `career_orgs_companies_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .career_orgs_companies_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_companies_users_update(
        self,
        org: str,
        username: str,
        *,
        body: CompanyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Company:
        """``PUT /api/career/orgs/{org}/companies/users/{username}/`` (operation ``career_orgs_companies_users_update``)

        Args:
            org (str):
            username (str):
            body (CompanyRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Company
        """

        from .career_orgs_companies_users_update import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_companies_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        body: CompanyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Company]:
        """Like `career_orgs_companies_users_update`, returning the whole `Response` and raising no status error."""
        from .career_orgs_companies_users_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_companies_users_create(
        self,
        org: str,
        username: str,
        *,
        body: CompanyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Company:
        """``POST /api/career/orgs/{org}/companies/users/{username}/`` (operation ``career_orgs_companies_users_create``)

        Args:
            org (str):
            username (str):
            body (CompanyRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Company
        """

        from .career_orgs_companies_users_create import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_companies_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: CompanyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Company]:
        """Like `career_orgs_companies_users_create`, returning the whole `Response` and raising no status error."""
        from .career_orgs_companies_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_companies_users_destroy(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """``DELETE /api/career/orgs/{org}/companies/users/{username}/`` (operation ``career_orgs_companies_users_destroy``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .career_orgs_companies_users_destroy import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_companies_users_destroy_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `career_orgs_companies_users_destroy`, returning the whole `Response` and raising no status error."""
        from .career_orgs_companies_users_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_education_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Education:
        """``GET /api/career/orgs/{org}/education/users/{username}/`` (operation ``career_orgs_education_users_retrieve``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Education
        """

        from .career_orgs_education_users_retrieve import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_education_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Education]:
        """Like `career_orgs_education_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .career_orgs_education_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_education_users_update(
        self,
        org: str,
        username: str,
        *,
        body: EducationRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Education:
        """``PUT /api/career/orgs/{org}/education/users/{username}/`` (operation ``career_orgs_education_users_update``)

        Args:
            org (str):
            username (str):
            body (EducationRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Education
        """

        from .career_orgs_education_users_update import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_education_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        body: EducationRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Education]:
        """Like `career_orgs_education_users_update`, returning the whole `Response` and raising no status error."""
        from .career_orgs_education_users_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_education_users_create(
        self,
        org: str,
        username: str,
        *,
        body: EducationRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Education:
        """``POST /api/career/orgs/{org}/education/users/{username}/`` (operation ``career_orgs_education_users_create``)

        Args:
            org (str):
            username (str):
            body (EducationRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Education
        """

        from .career_orgs_education_users_create import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_education_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: EducationRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Education]:
        """Like `career_orgs_education_users_create`, returning the whole `Response` and raising no status error."""
        from .career_orgs_education_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_education_users_destroy(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """``DELETE /api/career/orgs/{org}/education/users/{username}/`` (operation ``career_orgs_education_users_destroy``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .career_orgs_education_users_destroy import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_education_users_destroy_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `career_orgs_education_users_destroy`, returning the whole `Response` and raising no status error."""
        from .career_orgs_education_users_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_experience_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Experience:
        """``GET /api/career/orgs/{org}/experience/users/{username}/`` (operation ``career_orgs_experience_users_retrieve``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Experience
        """

        from .career_orgs_experience_users_retrieve import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_experience_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Experience]:
        """Like `career_orgs_experience_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .career_orgs_experience_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_experience_users_update(
        self,
        org: str,
        username: str,
        *,
        body: ExperienceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Experience:
        """``PUT /api/career/orgs/{org}/experience/users/{username}/`` (operation ``career_orgs_experience_users_update``)

        Args:
            org (str):
            username (str):
            body (ExperienceRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Experience
        """

        from .career_orgs_experience_users_update import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_experience_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        body: ExperienceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Experience]:
        """Like `career_orgs_experience_users_update`, returning the whole `Response` and raising no status error."""
        from .career_orgs_experience_users_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_experience_users_create(
        self,
        org: str,
        username: str,
        *,
        body: ExperienceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Experience:
        """``POST /api/career/orgs/{org}/experience/users/{username}/`` (operation ``career_orgs_experience_users_create``)

        Args:
            org (str):
            username (str):
            body (ExperienceRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Experience
        """

        from .career_orgs_experience_users_create import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_experience_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: ExperienceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Experience]:
        """Like `career_orgs_experience_users_create`, returning the whole `Response` and raising no status error."""
        from .career_orgs_experience_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_experience_users_destroy(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """``DELETE /api/career/orgs/{org}/experience/users/{username}/`` (operation ``career_orgs_experience_users_destroy``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .career_orgs_experience_users_destroy import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_experience_users_destroy_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `career_orgs_experience_users_destroy`, returning the whole `Response` and raising no status error."""
        from .career_orgs_experience_users_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_institutions_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Institution:
        """``GET /api/career/orgs/{org}/institutions/users/{username}/`` (operation ``career_orgs_institutions_users_retrieve``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Institution
        """

        from .career_orgs_institutions_users_retrieve import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_institutions_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Institution]:
        """Like `career_orgs_institutions_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .career_orgs_institutions_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_institutions_users_update(
        self,
        org: str,
        username: str,
        *,
        body: InstitutionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Institution:
        """``PUT /api/career/orgs/{org}/institutions/users/{username}/`` (operation ``career_orgs_institutions_users_update``)

        Args:
            org (str):
            username (str):
            body (InstitutionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Institution
        """

        from .career_orgs_institutions_users_update import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_institutions_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        body: InstitutionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Institution]:
        """Like `career_orgs_institutions_users_update`, returning the whole `Response` and raising no status error."""
        from .career_orgs_institutions_users_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_institutions_users_create(
        self,
        org: str,
        username: str,
        *,
        body: InstitutionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Institution:
        """``POST /api/career/orgs/{org}/institutions/users/{username}/`` (operation ``career_orgs_institutions_users_create``)

        Args:
            org (str):
            username (str):
            body (InstitutionRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Institution
        """

        from .career_orgs_institutions_users_create import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_institutions_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: InstitutionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Institution]:
        """Like `career_orgs_institutions_users_create`, returning the whole `Response` and raising no status error."""
        from .career_orgs_institutions_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_institutions_users_destroy(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """``DELETE /api/career/orgs/{org}/institutions/users/{username}/`` (operation ``career_orgs_institutions_users_destroy``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .career_orgs_institutions_users_destroy import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_institutions_users_destroy_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `career_orgs_institutions_users_destroy`, returning the whole `Response` and raising no status error."""
        from .career_orgs_institutions_users_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_programs_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Program:
        """``GET /api/career/orgs/{org}/programs/users/{username}/`` (operation ``career_orgs_programs_users_retrieve``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Program
        """

        from .career_orgs_programs_users_retrieve import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_programs_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Program]:
        """Like `career_orgs_programs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .career_orgs_programs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_programs_users_update(
        self,
        org: str,
        username: str,
        *,
        body: ProgramRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Program:
        """``PUT /api/career/orgs/{org}/programs/users/{username}/`` (operation ``career_orgs_programs_users_update``)

        Args:
            org (str):
            username (str):
            body (ProgramRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Program
        """

        from .career_orgs_programs_users_update import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_programs_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        body: ProgramRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Program]:
        """Like `career_orgs_programs_users_update`, returning the whole `Response` and raising no status error."""
        from .career_orgs_programs_users_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_programs_users_create(
        self,
        org: str,
        username: str,
        *,
        body: ProgramRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Program:
        """``POST /api/career/orgs/{org}/programs/users/{username}/`` (operation ``career_orgs_programs_users_create``)

        Args:
            org (str):
            username (str):
            body (ProgramRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Program
        """

        from .career_orgs_programs_users_create import asyncio

        return await asyncio(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_programs_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: ProgramRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Program]:
        """Like `career_orgs_programs_users_create`, returning the whole `Response` and raising no status error."""
        from .career_orgs_programs_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_programs_users_destroy(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """``DELETE /api/career/orgs/{org}/programs/users/{username}/`` (operation ``career_orgs_programs_users_destroy``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .career_orgs_programs_users_destroy import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_orgs_programs_users_destroy_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `career_orgs_programs_users_destroy`, returning the whole `Response` and raising no status error."""
        from .career_orgs_programs_users_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_resume_orgs_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """``GET /api/career/resume/orgs/{org}/users/{username}/`` (operation ``career_resume_orgs_users_retrieve``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .career_resume_orgs_users_retrieve import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_resume_orgs_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `career_resume_orgs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .career_resume_orgs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_resume_orgs_users_update(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """``PUT /api/career/resume/orgs/{org}/users/{username}/`` (operation ``career_resume_orgs_users_update``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .career_resume_orgs_users_update import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_resume_orgs_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `career_resume_orgs_users_update`, returning the whole `Response` and raising no status error."""
        from .career_resume_orgs_users_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_resume_orgs_users_create(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """``POST /api/career/resume/orgs/{org}/users/{username}/`` (operation ``career_resume_orgs_users_create``)

        Args:
            org (str):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .career_resume_orgs_users_create import asyncio

        return await asyncio(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def career_resume_orgs_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `career_resume_orgs_users_create`, returning the whole `Response` and raising no status error."""
        from .career_resume_orgs_users_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class CareerApi:
    """The ``career`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def career_location_orgs_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCareerApi.career_location_orgs_users_retrieve`."""
        from .career_location_orgs_users_retrieve import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_location_orgs_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCareerApi.career_location_orgs_users_retrieve_detailed`."""
        from .career_location_orgs_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_location_orgs_users_update(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCareerApi.career_location_orgs_users_update`."""
        from .career_location_orgs_users_update import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_location_orgs_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCareerApi.career_location_orgs_users_update_detailed`."""
        from .career_location_orgs_users_update import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_location_orgs_users_create(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCareerApi.career_location_orgs_users_create`."""
        from .career_location_orgs_users_create import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_location_orgs_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCareerApi.career_location_orgs_users_create_detailed`."""
        from .career_location_orgs_users_create import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_locations_orgs_retrieve(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCareerApi.career_locations_orgs_retrieve`."""
        from .career_locations_orgs_retrieve import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_locations_orgs_retrieve_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCareerApi.career_locations_orgs_retrieve_detailed`."""
        from .career_locations_orgs_retrieve import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_companies_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Company:
        """See `AsyncCareerApi.career_orgs_companies_users_retrieve`."""
        from .career_orgs_companies_users_retrieve import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_companies_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Company]:
        """See `AsyncCareerApi.career_orgs_companies_users_retrieve_detailed`."""
        from .career_orgs_companies_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_companies_users_update(
        self,
        org: str,
        username: str,
        *,
        body: CompanyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Company:
        """See `AsyncCareerApi.career_orgs_companies_users_update`."""
        from .career_orgs_companies_users_update import sync

        return sync(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_companies_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        body: CompanyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Company]:
        """See `AsyncCareerApi.career_orgs_companies_users_update_detailed`."""
        from .career_orgs_companies_users_update import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_companies_users_create(
        self,
        org: str,
        username: str,
        *,
        body: CompanyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Company:
        """See `AsyncCareerApi.career_orgs_companies_users_create`."""
        from .career_orgs_companies_users_create import sync

        return sync(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_companies_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: CompanyRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Company]:
        """See `AsyncCareerApi.career_orgs_companies_users_create_detailed`."""
        from .career_orgs_companies_users_create import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_companies_users_destroy(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCareerApi.career_orgs_companies_users_destroy`."""
        from .career_orgs_companies_users_destroy import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_companies_users_destroy_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCareerApi.career_orgs_companies_users_destroy_detailed`."""
        from .career_orgs_companies_users_destroy import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_education_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Education:
        """See `AsyncCareerApi.career_orgs_education_users_retrieve`."""
        from .career_orgs_education_users_retrieve import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_education_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Education]:
        """See `AsyncCareerApi.career_orgs_education_users_retrieve_detailed`."""
        from .career_orgs_education_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_education_users_update(
        self,
        org: str,
        username: str,
        *,
        body: EducationRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Education:
        """See `AsyncCareerApi.career_orgs_education_users_update`."""
        from .career_orgs_education_users_update import sync

        return sync(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_education_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        body: EducationRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Education]:
        """See `AsyncCareerApi.career_orgs_education_users_update_detailed`."""
        from .career_orgs_education_users_update import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_education_users_create(
        self,
        org: str,
        username: str,
        *,
        body: EducationRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Education:
        """See `AsyncCareerApi.career_orgs_education_users_create`."""
        from .career_orgs_education_users_create import sync

        return sync(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_education_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: EducationRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Education]:
        """See `AsyncCareerApi.career_orgs_education_users_create_detailed`."""
        from .career_orgs_education_users_create import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_education_users_destroy(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCareerApi.career_orgs_education_users_destroy`."""
        from .career_orgs_education_users_destroy import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_education_users_destroy_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCareerApi.career_orgs_education_users_destroy_detailed`."""
        from .career_orgs_education_users_destroy import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_experience_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Experience:
        """See `AsyncCareerApi.career_orgs_experience_users_retrieve`."""
        from .career_orgs_experience_users_retrieve import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_experience_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Experience]:
        """See `AsyncCareerApi.career_orgs_experience_users_retrieve_detailed`."""
        from .career_orgs_experience_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_experience_users_update(
        self,
        org: str,
        username: str,
        *,
        body: ExperienceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Experience:
        """See `AsyncCareerApi.career_orgs_experience_users_update`."""
        from .career_orgs_experience_users_update import sync

        return sync(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_experience_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        body: ExperienceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Experience]:
        """See `AsyncCareerApi.career_orgs_experience_users_update_detailed`."""
        from .career_orgs_experience_users_update import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_experience_users_create(
        self,
        org: str,
        username: str,
        *,
        body: ExperienceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Experience:
        """See `AsyncCareerApi.career_orgs_experience_users_create`."""
        from .career_orgs_experience_users_create import sync

        return sync(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_experience_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: ExperienceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Experience]:
        """See `AsyncCareerApi.career_orgs_experience_users_create_detailed`."""
        from .career_orgs_experience_users_create import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_experience_users_destroy(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCareerApi.career_orgs_experience_users_destroy`."""
        from .career_orgs_experience_users_destroy import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_experience_users_destroy_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCareerApi.career_orgs_experience_users_destroy_detailed`."""
        from .career_orgs_experience_users_destroy import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_institutions_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Institution:
        """See `AsyncCareerApi.career_orgs_institutions_users_retrieve`."""
        from .career_orgs_institutions_users_retrieve import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_institutions_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Institution]:
        """See `AsyncCareerApi.career_orgs_institutions_users_retrieve_detailed`."""
        from .career_orgs_institutions_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_institutions_users_update(
        self,
        org: str,
        username: str,
        *,
        body: InstitutionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Institution:
        """See `AsyncCareerApi.career_orgs_institutions_users_update`."""
        from .career_orgs_institutions_users_update import sync

        return sync(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_institutions_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        body: InstitutionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Institution]:
        """See `AsyncCareerApi.career_orgs_institutions_users_update_detailed`."""
        from .career_orgs_institutions_users_update import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_institutions_users_create(
        self,
        org: str,
        username: str,
        *,
        body: InstitutionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Institution:
        """See `AsyncCareerApi.career_orgs_institutions_users_create`."""
        from .career_orgs_institutions_users_create import sync

        return sync(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_institutions_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: InstitutionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Institution]:
        """See `AsyncCareerApi.career_orgs_institutions_users_create_detailed`."""
        from .career_orgs_institutions_users_create import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_institutions_users_destroy(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCareerApi.career_orgs_institutions_users_destroy`."""
        from .career_orgs_institutions_users_destroy import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_institutions_users_destroy_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCareerApi.career_orgs_institutions_users_destroy_detailed`."""
        from .career_orgs_institutions_users_destroy import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_programs_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Program:
        """See `AsyncCareerApi.career_orgs_programs_users_retrieve`."""
        from .career_orgs_programs_users_retrieve import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_programs_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Program]:
        """See `AsyncCareerApi.career_orgs_programs_users_retrieve_detailed`."""
        from .career_orgs_programs_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_programs_users_update(
        self,
        org: str,
        username: str,
        *,
        body: ProgramRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Program:
        """See `AsyncCareerApi.career_orgs_programs_users_update`."""
        from .career_orgs_programs_users_update import sync

        return sync(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_programs_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        body: ProgramRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Program]:
        """See `AsyncCareerApi.career_orgs_programs_users_update_detailed`."""
        from .career_orgs_programs_users_update import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_programs_users_create(
        self,
        org: str,
        username: str,
        *,
        body: ProgramRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Program:
        """See `AsyncCareerApi.career_orgs_programs_users_create`."""
        from .career_orgs_programs_users_create import sync

        return sync(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_programs_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        body: ProgramRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Program]:
        """See `AsyncCareerApi.career_orgs_programs_users_create_detailed`."""
        from .career_orgs_programs_users_create import sync_detailed

        return sync_detailed(
            org,
            username,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_programs_users_destroy(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCareerApi.career_orgs_programs_users_destroy`."""
        from .career_orgs_programs_users_destroy import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_orgs_programs_users_destroy_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCareerApi.career_orgs_programs_users_destroy_detailed`."""
        from .career_orgs_programs_users_destroy import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_resume_orgs_users_retrieve(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCareerApi.career_resume_orgs_users_retrieve`."""
        from .career_resume_orgs_users_retrieve import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_resume_orgs_users_retrieve_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCareerApi.career_resume_orgs_users_retrieve_detailed`."""
        from .career_resume_orgs_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_resume_orgs_users_update(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCareerApi.career_resume_orgs_users_update`."""
        from .career_resume_orgs_users_update import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_resume_orgs_users_update_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCareerApi.career_resume_orgs_users_update_detailed`."""
        from .career_resume_orgs_users_update import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_resume_orgs_users_create(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCareerApi.career_resume_orgs_users_create`."""
        from .career_resume_orgs_users_create import sync

        return sync(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def career_resume_orgs_users_create_detailed(
        self,
        org: str,
        username: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCareerApi.career_resume_orgs_users_create_detailed`."""
        from .career_resume_orgs_users_create import sync_detailed

        return sync_detailed(
            org,
            username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
