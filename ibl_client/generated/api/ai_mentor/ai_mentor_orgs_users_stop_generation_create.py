from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.stop_generation_request import StopGenerationRequest

OPERATION_ID = "ai_mentor_orgs_users_stop_generation_create"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: StopGenerationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/stop-generation/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: StopGenerationRequest,
) -> Response[Any]:
    """Stop an active chat generation

    Stops an ongoing LLM generation for a mentor chat session. The generation_id is returned when
    starting a chat and can be used to stop the generation before it completes.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/stop-generation/`` (operation ``ai_mentor_orgs_users_stop_generation_create``)

    Args:
        org (str):
        user_id (str):
        body (StopGenerationRequest): Serializer for stop generation request.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: StopGenerationRequest,
) -> Any:
    """Stop an active chat generation

    Stops an ongoing LLM generation for a mentor chat session. The generation_id is returned when
    starting a chat and can be used to stop the generation before it completes.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/stop-generation/`` (operation ``ai_mentor_orgs_users_stop_generation_create``)

    Args:
        org (str):
        user_id (str):
        body (StopGenerationRequest): Serializer for stop generation request.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: StopGenerationRequest,
) -> Response[Any]:
    """Stop an active chat generation

    Stops an ongoing LLM generation for a mentor chat session. The generation_id is returned when
    starting a chat and can be used to stop the generation before it completes.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/stop-generation/`` (operation ``ai_mentor_orgs_users_stop_generation_create``)

    Args:
        org (str):
        user_id (str):
        body (StopGenerationRequest): Serializer for stop generation request.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: StopGenerationRequest,
) -> Any:
    """Stop an active chat generation

    Stops an ongoing LLM generation for a mentor chat session. The generation_id is returned when
    starting a chat and can be used to stop the generation before it completes.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/stop-generation/`` (operation ``ai_mentor_orgs_users_stop_generation_create``)

    Args:
        org (str):
        user_id (str):
        body (StopGenerationRequest): Serializer for stop generation request.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
