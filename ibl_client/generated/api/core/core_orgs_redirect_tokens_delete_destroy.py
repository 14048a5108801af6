from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_orgs_redirect_tokens_delete_destroy"


def _get_kwargs(
    org: str,
    redirect_token: str,
    *,
    mentor_unique_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mentor_unique_id"] = mentor_unique_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/core/orgs/{org}/redirect-tokens/{redirect_token}/delete".format(
            org=quote(str(org), safe=""),
            redirect_token=quote(str(redirect_token), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    org: str,
    redirect_token: str,
    *,
    client: Client,
    mentor_unique_id: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[None]:
    """Delete specific token

    ``DELETE /api/core/orgs/{org}/redirect-tokens/{redirect_token}/delete`` (operation ``core_orgs_redirect_tokens_delete_destroy``)

    Args:
        org (str):
        redirect_token (str):
        mentor_unique_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[None]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            redirect_token,
            mentor_unique_id=mentor_unique_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    redirect_token: str,
    *,
    client: Client,
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

    return sync_detailed(
        org,
        redirect_token,
        mentor_unique_id=mentor_unique_id,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    redirect_token: str,
    *,
    client: AsyncClient,
    mentor_unique_id: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[None]:
    """Delete specific token

    ``DELETE /api/core/orgs/{org}/redirect-tokens/{redirect_token}/delete`` (operation ``core_orgs_redirect_tokens_delete_destroy``)

    Args:
        org (str):
        redirect_token (str):
        mentor_unique_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[None]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            redirect_token,
            mentor_unique_id=mentor_unique_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    redirect_token: str,
    *,
    client: AsyncClient,
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

    return (
        await asyncio_detailed(
            org,
            redirect_token,
            mentor_unique_id=mentor_unique_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
