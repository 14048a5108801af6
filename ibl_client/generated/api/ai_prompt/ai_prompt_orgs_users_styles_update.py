from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.styles_view import StylesView
from ...models.styles_view_request import StylesViewRequest

OPERATION_ID = "ai_prompt_orgs_users_styles_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: StylesView,
}


def _get_kwargs(
    org: str,
    user_id: str,
    style_id: int,
    *,
    body: StylesViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            style_id=quote(str(style_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> StylesView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = StylesView.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    style_id: int,
    *,
    client: Client,
    body: StylesViewRequest,
) -> Response[StylesView]:
    """Endpoint for Adding prompt style.

    Accessible to tenant admins only.

    Returns:
    200: style Object.
    400: When data is not valid.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/`` (operation ``ai_prompt_orgs_users_styles_update``)

    Args:
        org (str):
        user_id (str):
        style_id (int):
        body (StylesViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StylesView]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            style_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    style_id: int,
    *,
    client: Client,
    body: StylesViewRequest,
) -> StylesView:
    """Endpoint for Adding prompt style.

    Accessible to tenant admins only.

    Returns:
    200: style Object.
    400: When data is not valid.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/`` (operation ``ai_prompt_orgs_users_styles_update``)

    Args:
        org (str):
        user_id (str):
        style_id (int):
        body (StylesViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StylesView
    """

    return sync_detailed(
        org,
        user_id,
        style_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    style_id: int,
    *,
    client: AsyncClient,
    body: StylesViewRequest,
) -> Response[StylesView]:
    """Endpoint for Adding prompt style.

    Accessible to tenant admins only.

    Returns:
    200: style Object.
    400: When data is not valid.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/`` (operation ``ai_prompt_orgs_users_styles_update``)

    Args:
        org (str):
        user_id (str):
        style_id (int):
        body (StylesViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StylesView]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            style_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    style_id: int,
    *,
    client: AsyncClient,
    body: StylesViewRequest,
) -> StylesView:
    """Endpoint for Adding prompt style.

    Accessible to tenant admins only.

    Returns:
    200: style Object.
    400: When data is not valid.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/`` (operation ``ai_prompt_orgs_users_styles_update``)

    Args:
        org (str):
        user_id (str):
        style_id (int):
        body (StylesViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StylesView
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            style_id,
            body=body,
            client=client,
        )
    ).unwrap()
