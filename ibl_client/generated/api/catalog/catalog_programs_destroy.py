from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_delete_response import ProgramDeleteResponse
from ...types import UNSET

OPERATION_ID = "catalog_programs_destroy"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramDeleteResponse,
}


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
        response_200 = ProgramDeleteResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    org: str,
    program_id: str,
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
    )


def sync(
    *,
    client: Client,
    org: str,
    program_id: str,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    org: str,
    program_id: str,
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
    )


async def asyncio(
    *,
    client: AsyncClient,
    org: str,
    program_id: str,
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
            client=client,
        )
    ).unwrap()
