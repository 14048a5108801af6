from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_metadata_request import ProgramMetadataRequest
from ...models.program_metadata_response import ProgramMetadataResponse
from ...types import UNSET, Unset

OPERATION_ID = "catalog_metadata_program_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramMetadataResponse,
}


def _get_kwargs(
    *,
    body: ProgramMetadataRequest,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str,
    program_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["org"] = org

    params["platform_key"] = platform_key

    params["program_id"] = program_id

    params["program_key"] = program_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/metadata/program/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramMetadataResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramMetadataResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ProgramMetadataRequest,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str,
    program_key: str | Unset = UNSET,
) -> Response[ProgramMetadataResponse]:
    """Update metadata for a specified program

    ``POST /api/catalog/metadata/program/`` (operation ``catalog_metadata_program_create``)

    Args:
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str):
        program_key (str | Unset):
        body (ProgramMetadataRequest): Request serializer for ProgramMetadataView POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramMetadataResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: ProgramMetadataRequest,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str,
    program_key: str | Unset = UNSET,
) -> ProgramMetadataResponse:
    """Update metadata for a specified program

    ``POST /api/catalog/metadata/program/`` (operation ``catalog_metadata_program_create``)

    Args:
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str):
        program_key (str | Unset):
        body (ProgramMetadataRequest): Request serializer for ProgramMetadataView POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramMetadataResponse
    """

    return sync_detailed(
        body=body,
        org=org,
        platform_key=platform_key,
        program_id=program_id,
        program_key=program_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ProgramMetadataRequest,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str,
    program_key: str | Unset = UNSET,
) -> Response[ProgramMetadataResponse]:
    """Update metadata for a specified program

    ``POST /api/catalog/metadata/program/`` (operation ``catalog_metadata_program_create``)

    Args:
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str):
        program_key (str | Unset):
        body (ProgramMetadataRequest): Request serializer for ProgramMetadataView POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramMetadataResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ProgramMetadataRequest,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str,
    program_key: str | Unset = UNSET,
) -> ProgramMetadataResponse:
    """Update metadata for a specified program

    ``POST /api/catalog/metadata/program/`` (operation ``catalog_metadata_program_create``)

    Args:
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str):
        program_key (str | Unset):
        body (ProgramMetadataRequest): Request serializer for ProgramMetadataView POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramMetadataResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            client=client,
        )
    ).unwrap()
