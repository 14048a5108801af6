from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.styles_view import StylesView
from ...models.styles_view_request import StylesViewRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_prompt_orgs_users_styles_update"


def _get_kwargs(
    org: str,
    user_id: str,
    style_id: int,
    *,
    body: StylesViewRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            style_id=quote(str(style_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, StylesViewRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> StylesView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", StylesView, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    style_id: int,
    *,
    client: Client,
    body: StylesViewRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[StylesView]:
    """Endpoint for Adding prompt style.

    Accessible to tenant admins only.

    Returns:
    200: style Object.
    400: When data is not valid.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/`` (operation ``ai_prompt_orgs_users_styles_update``)

    Args:
        org (str):
        user_id (str):
        style_id (int):
        body (StylesViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StylesView]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            style_id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    user_id: str,
    style_id: int,
    *,
    client: Client,
    body: StylesViewRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> StylesView:
    """Endpoint for Adding prompt style.

    Accessible to tenant admins only.

    Returns:
    200: style Object.
    400: When data is not valid.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/`` (operation ``ai_prompt_orgs_users_styles_update``)

    Args:
        org (str):
        user_id (str):
        style_id (int):
        body (StylesViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StylesView
    """

    return sync_detailed(
        org,
        user_id,
        style_id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    style_id: int,
    *,
    client: AsyncClient,
    body: StylesViewRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[StylesView]:
    """Endpoint for Adding prompt style.

    Accessible to tenant admins only.

    Returns:
    200: style Object.
    400: When data is not valid.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/`` (operation ``ai_prompt_orgs_users_styles_update``)

    Args:
        org (str):
        user_id (str):
        style_id (int):
        body (StylesViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StylesView]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            style_id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    user_id: str,
    style_id: int,
    *,
    client: AsyncClient,
    body: StylesViewRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> StylesView:
    """Endpoint for Adding prompt style.

    Accessible to tenant admins only.

    Returns:
    200: style Object.
    400: When data is not valid.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/`` (operation ``ai_prompt_orgs_users_styles_update``)

    Args:
        org (str):
        user_id (str):
        style_id (int):
        body (StylesViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StylesView
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            style_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
