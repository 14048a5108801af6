from typing import Any
from urllib.parse import quote

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "platform_orgs_courses_users_grades_passed_retrieve"


def _get_kwargs(
    org: str,
    course_id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/grades/passed".format(
            org=quote(str(org), safe=""),
            course_id=quote(str(course_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return decode(response)
    return None


def sync_detailed(
    org: str,
    course_id: str,
    user_id: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """DRF view mixin that routes all ORM reads to the read replica.

    Falls back to the primary database if the replica is unreachable.

    Add as the **first** base class on read-only views/viewsets::
    class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin, APIView):
    ...

    ``GET /api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/grades/passed`` (operation ``platform_orgs_courses_users_grades_passed_retrieve``)

    Args:
        org (str):
        course_id (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            course_id,
            user_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    course_id: str,
    user_id: str,
    *,
    client: Client,
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

    ``GET /api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/grades/passed`` (operation ``platform_orgs_courses_users_grades_passed_retrieve``)

    Args:
        org (str):
        course_id (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        org,
        course_id,
        user_id,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    course_id: str,
    user_id: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """DRF view mixin that routes all ORM reads to the read replica.

    Falls back to the primary database if the replica is unreachable.

    Add as the **first** base class on read-only views/viewsets::
    class MyView(ReadReplicaViewMixin, IsPlatformAdminDRFMixin, APIView):
    ...

    ``GET /api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/grades/passed`` (operation ``platform_orgs_courses_users_grades_passed_retrieve``)

    Args:
        org (str):
        course_id (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            course_id,
            user_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    course_id: str,
    user_id: str,
    *,
    client: AsyncClient,
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

    ``GET /api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/grades/passed`` (operation ``platform_orgs_courses_users_grades_passed_retrieve``)

    Args:
        org (str):
        course_id (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            org,
            course_id,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
