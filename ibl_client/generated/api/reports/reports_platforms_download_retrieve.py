from typing import Any
from urllib.parse import quote

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "reports_platforms_download_retrieve"


def _get_kwargs(
    key: str,
    task_id: str,
    *,
    columns: str | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["columns"] = columns

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/reports/platforms/{key}/{task_id}/download".format(
            key=quote(str(key), safe=""),
            task_id=quote(str(task_id), safe=""),
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
    key: str,
    task_id: str,
    *,
    client: Client,
    columns: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Download report

    Download a completed report as CSV or JSON. Use the columns parameter to control column order.

    ``GET /api/reports/platforms/{key}/{task_id}/download`` (operation ``reports_platforms_download_retrieve``)

    Args:
        key (str):
        task_id (str):
        columns (str | Unset):
        format_ (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            key,
            task_id,
            columns=columns,
            format_=format_,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    key: str,
    task_id: str,
    *,
    client: Client,
    columns: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Download report

    Download a completed report as CSV or JSON. Use the columns parameter to control column order.

    ``GET /api/reports/platforms/{key}/{task_id}/download`` (operation ``reports_platforms_download_retrieve``)

    Args:
        key (str):
        task_id (str):
        columns (str | Unset):
        format_ (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        key,
        task_id,
        columns=columns,
        format_=format_,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    key: str,
    task_id: str,
    *,
    client: AsyncClient,
    columns: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Download report

    Download a completed report as CSV or JSON. Use the columns parameter to control column order.

    ``GET /api/reports/platforms/{key}/{task_id}/download`` (operation ``reports_platforms_download_retrieve``)

    Args:
        key (str):
        task_id (str):
        columns (str | Unset):
        format_ (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            key,
            task_id,
            columns=columns,
            format_=format_,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    key: str,
    task_id: str,
    *,
    client: AsyncClient,
    columns: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Download report

    Download a completed report as CSV or JSON. Use the columns parameter to control column order.

    ``GET /api/reports/platforms/{key}/{task_id}/download`` (operation ``reports_platforms_download_retrieve``)

    Args:
        key (str):
        task_id (str):
        columns (str | Unset):
        format_ (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            key,
            task_id,
            columns=columns,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
