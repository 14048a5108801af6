from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.vector_result import VectorResult

OPERATION_ID = "ai_mentor_orgs_users_clean_vector_results_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[VectorResult],
}


def _get_kwargs(
    org: str,
    user_id: str,
    session_id: str,
    *,
    body: list[VectorResult],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[VectorResult] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = VectorResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    session_id: str,
    *,
    client: Client,
    body: list[VectorResult],
) -> Response[list[VectorResult]]:
    """Clean up provided vector results.

    This endpoint allows users to submit specific vector results for cleaning, which is useful when
    there are particular documents that need to be processed.

    Args:
    request: The HTTP request containing the vector results to clean.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: The cleaned vector results.

    Raises:
    BadRequest: If the API key for the cleaning provider is not found or the provided data is
    invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/`` (operation ``ai_mentor_orgs_users_clean_vector_results_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        body (list[VectorResult]):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[VectorResult]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    session_id: str,
    *,
    client: Client,
    body: list[VectorResult],
) -> list[VectorResult]:
    """Clean up provided vector results.

    This endpoint allows users to submit specific vector results for cleaning, which is useful when
    there are particular documents that need to be processed.

    Args:
    request: The HTTP request containing the vector results to clean.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: The cleaned vector results.

    Raises:
    BadRequest: If the API key for the cleaning provider is not found or the provided data is
    invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/`` (operation ``ai_mentor_orgs_users_clean_vector_results_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        body (list[VectorResult]):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[VectorResult]
    """

    return sync_detailed(
        org,
        user_id,
        session_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    session_id: str,
    *,
    client: AsyncClient,
    body: list[VectorResult],
) -> Response[list[VectorResult]]:
    """Clean up provided vector results.

    This endpoint allows users to submit specific vector results for cleaning, which is useful when
    there are particular documents that need to be processed.

    Args:
    request: The HTTP request containing the vector results to clean.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: The cleaned vector results.

    Raises:
    BadRequest: If the API key for the cleaning provider is not found or the provided data is
    invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/`` (operation ``ai_mentor_orgs_users_clean_vector_results_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        body (list[VectorResult]):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[VectorResult]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    session_id: str,
    *,
    client: AsyncClient,
    body: list[VectorResult],
) -> list[VectorResult]:
    """Clean up provided vector results.

    This endpoint allows users to submit specific vector results for cleaning, which is useful when
    there are particular documents that need to be processed.

    Args:
    request: The HTTP request containing the vector results to clean.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: The cleaned vector results.

    Raises:
    BadRequest: If the API key for the cleaning provider is not found or the provided data is
    invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/clean-vector-results/{session_id}/`` (operation ``ai_mentor_orgs_users_clean_vector_results_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        body (list[VectorResult]):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[VectorResult]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            session_id,
            body=body,
            client=client,
        )
    ).unwrap()
