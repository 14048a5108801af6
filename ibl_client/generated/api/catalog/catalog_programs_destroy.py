from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
)
from ...models.program_delete_response import ProgramDeleteResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "catalog_programs_destroy"


def _get_kwargs(
    *,
    org: str,
    program_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org"] = org

    params["program_id"] = program_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/catalog/programs/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramDeleteResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", ProgramDeleteResponse, response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    org: str,
    program_id: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ProgramDeleteResponse]:
    """Remove a program from the database. Requires program_id and org as parameters.

    ``DELETE /api/catalog/programs/`` (operation ``catalog_programs_destroy``)

    Args:
        org (str):
        program_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramDeleteResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org=org,
            program_id=program_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    org: str,
    program_id: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ProgramDeleteResponse:
    """Remove a program from the database. Requires program_id and org as parameters.

    ``DELETE /api/catalog/programs/`` (operation ``catalog_programs_destroy``)

    Args:
        org (str):
        program_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramDeleteResponse
    """

    return sync_detailed(
        org=org,
        program_id=program_id,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    org: str,
    program_id: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ProgramDeleteResponse]:
    """Remove a program from the database. Requires program_id and org as parameters.

    ``DELETE /api/catalog/programs/`` (operation ``catalog_programs_destroy``)

    Args:
        org (str):
        program_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramDeleteResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org=org,
            program_id=program_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    org: str,
    program_id: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ProgramDeleteResponse:
    """Remove a program from the database. Requires program_id and org as parameters.

    ``DELETE /api/catalog/programs/`` (operation ``catalog_programs_destroy``)

    Args:
        org (str):
        program_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramDeleteResponse
    """

    return (
        await asyncio_detailed(
            org=org,
            program_id=program_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
