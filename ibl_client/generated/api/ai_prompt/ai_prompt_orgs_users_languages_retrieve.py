from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.languages_view import LanguagesView

OPERATION_ID = "ai_prompt_orgs_users_languages_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LanguagesView,
}


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/languages/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> LanguagesView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = LanguagesView.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Response[LanguagesView]:
    """Retrieve all available prompt languages.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: A list of available prompt languages.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/languages/`` (operation ``ai_prompt_orgs_users_languages_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LanguagesView]: status, headers, raw body and parsed model.
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
) -> LanguagesView:
    """Retrieve all available prompt languages.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: A list of available prompt languages.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/languages/`` (operation ``ai_prompt_orgs_users_languages_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LanguagesView
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
) -> Response[LanguagesView]:
    """Retrieve all available prompt languages.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: A list of available prompt languages.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/languages/`` (operation ``ai_prompt_orgs_users_languages_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LanguagesView]: status, headers, raw body and parsed model.
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
) -> LanguagesView:
    """Retrieve all available prompt languages.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: A list of available prompt languages.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/languages/`` (operation ``ai_prompt_orgs_users_languages_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LanguagesView
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            client=client,
        )
    ).unwrap()
