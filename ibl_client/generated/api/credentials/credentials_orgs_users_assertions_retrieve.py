from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_assertions_response import PaginatedAssertionsResponse
from ...types import UNSET, Unset

OPERATION_ID = "credentials_orgs_users_assertions_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedAssertionsResponse,
}


def _get_kwargs(
    platform_key: str,
    user_id: int,
    *,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course"] = course

    params["exclude_main_tenant_assertions"] = exclude_main_tenant_assertions

    params["include_expired"] = include_expired

    params["include_revoked"] = include_revoked

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{platform_key}/users/{user_id}/assertions/".format(
            platform_key=quote(str(platform_key), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedAssertionsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedAssertionsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedAssertionsResponse]:
    """A GET View that validates QueryParams and returns results to a serializer

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve``)

    Args:
        platform_key (str):
        user_id (int):
        course (str | Unset):
        exclude_main_tenant_assertions (bool | Unset):
        include_expired (bool | Unset):
        include_revoked (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedAssertionsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedAssertionsResponse:
    """A GET View that validates QueryParams and returns results to a serializer

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve``)

    Args:
        platform_key (str):
        user_id (int):
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

    return sync_detailed(
        platform_key,
        user_id,
        course=course,
        exclude_main_tenant_assertions=exclude_main_tenant_assertions,
        include_expired=include_expired,
        include_revoked=include_revoked,
        page=page,
        page_size=page_size,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: AsyncClient,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedAssertionsResponse]:
    """A GET View that validates QueryParams and returns results to a serializer

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve``)

    Args:
        platform_key (str):
        user_id (int):
        course (str | Unset):
        exclude_main_tenant_assertions (bool | Unset):
        include_expired (bool | Unset):
        include_revoked (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedAssertionsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    user_id: int,
    *,
    client: AsyncClient,
    course: str | Unset = UNSET,
    exclude_main_tenant_assertions: bool | Unset = UNSET,
    include_expired: bool | Unset = UNSET,
    include_revoked: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedAssertionsResponse:
    """A GET View that validates QueryParams and returns results to a serializer

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/`` (operation ``credentials_orgs_users_assertions_retrieve``)

    Args:
        platform_key (str):
        user_id (int):
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

    return (
        await asyncio_detailed(
            platform_key,
            user_id,
            course=course,
            exclude_main_tenant_assertions=exclude_main_tenant_assertions,
            include_expired=include_expired,
            include_revoked=include_revoked,
            page=page,
            page_size=page_size,
            client=client,
        )
    ).unwrap()
