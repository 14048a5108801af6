from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_review_info_response import ProgramReviewInfoResponse
from ...types import UNSET

OPERATION_ID = "catalog_reviews_program_info_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramReviewInfoResponse,
}


def _get_kwargs(
    *,
    program_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["program_key"] = program_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/reviews/program/info/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramReviewInfoResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramReviewInfoResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    program_key: str,
) -> Response[ProgramReviewInfoResponse]:
    """Retrieve aggregate review information for a program.

    ``GET /api/catalog/reviews/program/info/`` (operation ``catalog_reviews_program_info_retrieve``)

    Args:
        program_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramReviewInfoResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            program_key=program_key,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    program_key: str,
) -> ProgramReviewInfoResponse:
    """Retrieve aggregate review information for a program.

    ``GET /api/catalog/reviews/program/info/`` (operation ``catalog_reviews_program_info_retrieve``)

    Args:
        program_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramReviewInfoResponse
    """

    return sync_detailed(
        program_key=program_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    program_key: str,
) -> Response[ProgramReviewInfoResponse]:
    """Retrieve aggregate review information for a program.

    ``GET /api/catalog/reviews/program/info/`` (operation ``catalog_reviews_program_info_retrieve``)

    Args:
        program_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramReviewInfoResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            program_key=program_key,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    program_key: str,
) -> ProgramReviewInfoResponse:
    """Retrieve aggregate review information for a program.

    ``GET /api/catalog/reviews/program/info/`` (operation ``catalog_reviews_program_info_retrieve``)

    Args:
        program_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramReviewInfoResponse
    """

    return (
        await asyncio_detailed(
            program_key=program_key,
            client=client,
        )
    ).unwrap()
