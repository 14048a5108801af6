from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ...models.scim_group_list_response import SCIMGroupListResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "list_groups"


def _get_kwargs(
    platform_key: str,
    *,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/orgs/{platform_key}/scim/v2/Groups".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[SCIMGroupListResponse] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise FieldError("response_200", "an array", _response_200)
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = nested(
                    "response_200_item", SCIMGroupListResponse, response_200_item_data
                )

            except PARSE_ERRORS as _response_200_error:
                raise within(
                    ("response_200", _response_200_index), _response_200_error, "response_200_item"
                ) from _response_200_error
            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
    format_: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[SCIMGroupListResponse]]:
    """List existing RBAC groups

    List all existing RBAC groups for the specified platform. Only returns groups that have been
    pre-created in the RBAC system.

    ``GET /api/orgs/{platform_key}/scim/v2/Groups`` (operation ``list_groups``)

    Args:
        platform_key (str):
        format_ (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[SCIMGroupListResponse]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            format_=format_,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    platform_key: str,
    *,
    client: Client,
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

    return sync_detailed(
        platform_key,
        format_=format_,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
    format_: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[SCIMGroupListResponse]]:
    """List existing RBAC groups

    List all existing RBAC groups for the specified platform. Only returns groups that have been
    pre-created in the RBAC system.

    ``GET /api/orgs/{platform_key}/scim/v2/Groups`` (operation ``list_groups``)

    Args:
        platform_key (str):
        format_ (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[SCIMGroupListResponse]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            format_=format_,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    platform_key: str,
    *,
    client: AsyncClient,
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

    return (
        await asyncio_detailed(
            platform_key,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
