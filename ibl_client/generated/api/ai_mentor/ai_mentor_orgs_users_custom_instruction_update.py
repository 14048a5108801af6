from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.custom_instruction_response import CustomInstructionResponse
from ...models.custom_instruction_response_request import CustomInstructionResponseRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_custom_instruction_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CustomInstructionResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: CustomInstructionResponseRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CustomInstructionResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CustomInstructionResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: CustomInstructionResponseRequest | Unset = UNSET,
) -> Response[CustomInstructionResponse]:
    """Update an existing custom instruction for a user.

    Args:
    request: The HTTP request containing the updated custom instruction data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to update custom instructions for.

    Returns:
    Response: The updated custom instruction.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If no custom instruction exists for the user.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/`` (operation ``ai_mentor_orgs_users_custom_instruction_update``)

    Args:
        org (str):
        user_id (str):
        body (CustomInstructionResponseRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CustomInstructionResponse]: status, headers, raw body and parsed model.
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
    body: CustomInstructionResponseRequest | Unset = UNSET,
) -> CustomInstructionResponse:
    """Update an existing custom instruction for a user.

    Args:
    request: The HTTP request containing the updated custom instruction data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to update custom instructions for.

    Returns:
    Response: The updated custom instruction.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If no custom instruction exists for the user.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/`` (operation ``ai_mentor_orgs_users_custom_instruction_update``)

    Args:
        org (str):
        user_id (str):
        body (CustomInstructionResponseRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CustomInstructionResponse
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
    body: CustomInstructionResponseRequest | Unset = UNSET,
) -> Response[CustomInstructionResponse]:
    """Update an existing custom instruction for a user.

    Args:
    request: The HTTP request containing the updated custom instruction data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to update custom instructions for.

    Returns:
    Response: The updated custom instruction.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If no custom instruction exists for the user.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/`` (operation ``ai_mentor_orgs_users_custom_instruction_update``)

    Args:
        org (str):
        user_id (str):
        body (CustomInstructionResponseRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CustomInstructionResponse]: status, headers, raw body and parsed model.
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
    body: CustomInstructionResponseRequest | Unset = UNSET,
) -> CustomInstructionResponse:
    """Update an existing custom instruction for a user.

    Args:
    request: The HTTP request containing the updated custom instruction data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to update custom instructions for.

    Returns:
    Response: The updated custom instruction.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If no custom instruction exists for the user.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/custom-instruction/`` (operation ``ai_mentor_orgs_users_custom_instruction_update``)

    Args:
        org (str):
        user_id (str):
        body (CustomInstructionResponseRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CustomInstructionResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
