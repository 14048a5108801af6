from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program import Program
from ...models.program_create_update_request import ProgramCreateUpdateRequest

OPERATION_ID = "catalog_programs_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Program,
    201: Program,
}


def _get_kwargs(
    *,
    body: ProgramCreateUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/programs/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Program | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Program.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Program.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: ProgramCreateUpdateRequest,
) -> Response[Program]:
    """Add or update a program. Accepts a list of courses and updates or creates a program.

    ``POST /api/catalog/programs/`` (operation ``catalog_programs_create``)

    Args:
        body (ProgramCreateUpdateRequest): Serializer for program creation/update request body.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Program]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: ProgramCreateUpdateRequest,
) -> Program:
    """Add or update a program. Accepts a list of courses and updates or creates a program.

    ``POST /api/catalog/programs/`` (operation ``catalog_programs_create``)

    Args:
        body (ProgramCreateUpdateRequest): Serializer for program creation/update request body.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Program
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ProgramCreateUpdateRequest,
) -> Response[Program]:
    """Add or update a program. Accepts a list of courses and updates or creates a program.

    ``POST /api/catalog/programs/`` (operation ``catalog_programs_create``)

    Args:
        body (ProgramCreateUpdateRequest): Serializer for program creation/update request body.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Program]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ProgramCreateUpdateRequest,
) -> Program:
    """Add or update a program. Accepts a list of courses and updates or creates a program.

    ``POST /api/catalog/programs/`` (operation ``catalog_programs_create``)

    Args:
        body (ProgramCreateUpdateRequest): Serializer for program creation/update request body.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Program
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
