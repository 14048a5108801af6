from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_metadata_response import ProgramMetadataResponse
from ...types import UNSET, Unset

OPERATION_ID = "catalog_metadata_program_public_retrieve2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramMetadataResponse,
}


def _get_kwargs(
    field: str,
    *,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str,
    program_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org"] = org

    params["platform_key"] = platform_key

    params["program_id"] = program_id

    params["program_key"] = program_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/metadata/program-public/{field}/".format(
            field=quote(str(field), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramMetadataResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramMetadataResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    field: str,
    *,
    client: Client,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str,
    program_key: str | Unset = UNSET,
) -> Response[ProgramMetadataResponse]:
    """Retrieve public metadata for a specified program

    ``GET /api/catalog/metadata/program-public/{field}/`` (operation ``catalog_metadata_program_public_retrieve2``)

    Args:
        field (str):
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str):
        program_key (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramMetadataResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
        ),
        _parse_response,
    )


def sync(
    field: str,
    *,
    client: Client,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str,
    program_key: str | Unset = UNSET,
) -> ProgramMetadataResponse:
    """Retrieve public metadata for a specified program

    ``GET /api/catalog/metadata/program-public/{field}/`` (operation ``catalog_metadata_program_public_retrieve2``)

    Args:
        field (str):
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str):
        program_key (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramMetadataResponse
    """

    return sync_detailed(
        field,
        org=org,
        platform_key=platform_key,
        program_id=program_id,
        program_key=program_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    field: str,
    *,
    client: AsyncClient,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str,
    program_key: str | Unset = UNSET,
) -> Response[ProgramMetadataResponse]:
    """Retrieve public metadata for a specified program

    ``GET /api/catalog/metadata/program-public/{field}/`` (operation ``catalog_metadata_program_public_retrieve2``)

    Args:
        field (str):
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str):
        program_key (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramMetadataResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
        ),
        _parse_response,
    )


async def asyncio(
    field: str,
    *,
    client: AsyncClient,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str,
    program_key: str | Unset = UNSET,
) -> ProgramMetadataResponse:
    """Retrieve public metadata for a specified program

    ``GET /api/catalog/metadata/program-public/{field}/`` (operation ``catalog_metadata_program_public_retrieve2``)

    Args:
        field (str):
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str):
        program_key (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramMetadataResponse
    """

    return (
        await asyncio_detailed(
            field,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=client,
        )
    ).unwrap()
