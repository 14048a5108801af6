from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.play_wright_script import PlayWrightScript
from ...models.play_wright_script_request import PlayWrightScriptRequest

OPERATION_ID = "ai_mentor_orgs_users_playwright_scripts_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlayWrightScript,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: PlayWrightScriptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlayWrightScript | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlayWrightScript.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: PlayWrightScriptRequest,
) -> Response[PlayWrightScript]:
    """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/`` (operation ``ai_mentor_orgs_users_playwright_scripts_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PlayWrightScriptRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlayWrightScript]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: PlayWrightScriptRequest,
) -> PlayWrightScript:
    """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/`` (operation ``ai_mentor_orgs_users_playwright_scripts_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PlayWrightScriptRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlayWrightScript
    """

    return sync_detailed(
        org,
        user_id,
        id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: PlayWrightScriptRequest,
) -> Response[PlayWrightScript]:
    """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/`` (operation ``ai_mentor_orgs_users_playwright_scripts_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PlayWrightScriptRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlayWrightScript]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: PlayWrightScriptRequest,
) -> PlayWrightScript:
    """Endpoints for viewing playwright scripts and updating playwright scripts for a tenant and user.

    ``PUT /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/`` (operation ``ai_mentor_orgs_users_playwright_scripts_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PlayWrightScriptRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlayWrightScript
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            client=client,
        )
    ).unwrap()
