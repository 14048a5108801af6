from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.languages_view import LanguagesView
from ...models.languages_view_request import LanguagesViewRequest

OPERATION_ID = "ai_prompt_orgs_users_languages_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LanguagesView,
}


def _get_kwargs(
    org: str,
    user_id: str,
    language_id: int,
    *,
    body: LanguagesViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/languages/{language_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            language_id=quote(str(language_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
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
    language_id: int,
    *,
    client: Client,
    body: LanguagesViewRequest,
) -> Response[LanguagesView]:
    """Update a specific prompt language.

    Args:
    request: The HTTP request containing the updated language data.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    language_id: The ID of the language to update.

    Returns:
    Response: The updated prompt language.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified language does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/languages/{language_id}/`` (operation ``ai_prompt_orgs_users_languages_update``)

    Args:
        org (str):
        user_id (str):
        language_id (int):
        body (LanguagesViewRequest):

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
            language_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    language_id: int,
    *,
    client: Client,
    body: LanguagesViewRequest,
) -> LanguagesView:
    """Update a specific prompt language.

    Args:
    request: The HTTP request containing the updated language data.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    language_id: The ID of the language to update.

    Returns:
    Response: The updated prompt language.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified language does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/languages/{language_id}/`` (operation ``ai_prompt_orgs_users_languages_update``)

    Args:
        org (str):
        user_id (str):
        language_id (int):
        body (LanguagesViewRequest):

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
        language_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    language_id: int,
    *,
    client: AsyncClient,
    body: LanguagesViewRequest,
) -> Response[LanguagesView]:
    """Update a specific prompt language.

    Args:
    request: The HTTP request containing the updated language data.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    language_id: The ID of the language to update.

    Returns:
    Response: The updated prompt language.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified language does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/languages/{language_id}/`` (operation ``ai_prompt_orgs_users_languages_update``)

    Args:
        org (str):
        user_id (str):
        language_id (int):
        body (LanguagesViewRequest):

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
            language_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    language_id: int,
    *,
    client: AsyncClient,
    body: LanguagesViewRequest,
) -> LanguagesView:
    """Update a specific prompt language.

    Args:
    request: The HTTP request containing the updated language data.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    language_id: The ID of the language to update.

    Returns:
    Response: The updated prompt language.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified language does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/languages/{language_id}/`` (operation ``ai_prompt_orgs_users_languages_update``)

    Args:
        org (str):
        user_id (str):
        language_id (int):
        body (LanguagesViewRequest):

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
            language_id,
            body=body,
            client=client,
        )
    ).unwrap()
