from typing import Any
from urllib.parse import quote

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "credentials_orgs_users_course_credentials_list"


def _get_kwargs(
    platform_key: str,
    user_id: int,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{platform_key}/users/{user_id}/course-credentials/".format(
            platform_key=quote(str(platform_key), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return decode(response)
    return None


def sync_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
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

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/course-credentials/`` (operation ``credentials_orgs_users_course_credentials_list``)

    Args:
        platform_key (str):
        user_id (int):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
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

    return sync_detailed(
        platform_key,
        user_id,
        page=page,
        page_size=page_size,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
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

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/course-credentials/`` (operation ``credentials_orgs_users_course_credentials_list``)

    Args:
        platform_key (str):
        user_id (int):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    platform_key: str,
    user_id: int,
    *,
    client: AsyncClient,
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

    return (
        await asyncio_detailed(
            platform_key,
            user_id,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
