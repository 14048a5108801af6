from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_review import ProgramReview
from ...models.program_review_request import ProgramReviewRequest

OPERATION_ID = "catalog_reviews_program_update_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramReview,
    201: ProgramReview,
}


def _get_kwargs(
    *,
    body: ProgramReviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/reviews/program/update/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramReview | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramReview.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ProgramReview.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: ProgramReviewRequest,
) -> Response[ProgramReview]:
    """Create or update a program review

    ``POST /api/catalog/reviews/program/update/`` (operation ``catalog_reviews_program_update_create``)

    Args:
        body (ProgramReviewRequest): Request serializer for ProgramReviewUpdateView POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramReview]: status, headers, raw body and parsed model.
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
    body: ProgramReviewRequest,
) -> ProgramReview:
    """Create or update a program review

    ``POST /api/catalog/reviews/program/update/`` (operation ``catalog_reviews_program_update_create``)

    Args:
        body (ProgramReviewRequest): Request serializer for ProgramReviewUpdateView POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramReview
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ProgramReviewRequest,
) -> Response[ProgramReview]:
    """Create or update a program review

    ``POST /api/catalog/reviews/program/update/`` (operation ``catalog_reviews_program_update_create``)

    Args:
        body (ProgramReviewRequest): Request serializer for ProgramReviewUpdateView POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramReview]: status, headers, raw body and parsed model.
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
    body: ProgramReviewRequest,
) -> ProgramReview:
    """Create or update a program review

    ``POST /api/catalog/reviews/program/update/`` (operation ``catalog_reviews_program_update_create``)

    Args:
        body (ProgramReviewRequest): Request serializer for ProgramReviewUpdateView POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramReview
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
