from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.llm_model_for_tenant import LLMModelForTenant

OPERATION_ID = "ai_mentor_orgs_users_settings_tenant_llm_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[LLMModelForTenant],
}


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/settings/tenant-llm/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[LLMModelForTenant] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LLMModelForTenant.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Response[list[LLMModelForTenant]]:
    """Retrieve all LLM models assigned to a specific tenant.

    Args:
    request: The HTTP request.
    org: The unique identifier of the tenant.

    Returns:
    Response: A list of LLM models assigned to the tenant.

    Raises:
    NotFound: If the specified tenant does not have any associated models.
    ValidationError: If an unexpected error occurs.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/settings/tenant-llm/`` (operation ``ai_mentor_orgs_users_settings_tenant_llm_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[LLMModelForTenant]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> list[LLMModelForTenant]:
    """Retrieve all LLM models assigned to a specific tenant.

    Args:
    request: The HTTP request.
    org: The unique identifier of the tenant.

    Returns:
    Response: A list of LLM models assigned to the tenant.

    Raises:
    NotFound: If the specified tenant does not have any associated models.
    ValidationError: If an unexpected error occurs.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/settings/tenant-llm/`` (operation ``ai_mentor_orgs_users_settings_tenant_llm_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[LLMModelForTenant]
    """

    return sync_detailed(
        org,
        user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> Response[list[LLMModelForTenant]]:
    """Retrieve all LLM models assigned to a specific tenant.

    Args:
    request: The HTTP request.
    org: The unique identifier of the tenant.

    Returns:
    Response: A list of LLM models assigned to the tenant.

    Raises:
    NotFound: If the specified tenant does not have any associated models.
    ValidationError: If an unexpected error occurs.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/settings/tenant-llm/`` (operation ``ai_mentor_orgs_users_settings_tenant_llm_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[LLMModelForTenant]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> list[LLMModelForTenant]:
    """Retrieve all LLM models assigned to a specific tenant.

    Args:
    request: The HTTP request.
    org: The unique identifier of the tenant.

    Returns:
    Response: A list of LLM models assigned to the tenant.

    Raises:
    NotFound: If the specified tenant does not have any associated models.
    ValidationError: If an unexpected error occurs.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/settings/tenant-llm/`` (operation ``ai_mentor_orgs_users_settings_tenant_llm_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[LLMModelForTenant]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            client=client,
        )
    ).unwrap()
