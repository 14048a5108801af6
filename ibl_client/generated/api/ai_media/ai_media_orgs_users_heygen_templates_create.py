from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.heygen_template_request import HeygenTemplateRequest
from ...models.heygen_template_response_single import HeygenTemplateResponseSingle

OPERATION_ID = "ai_media_orgs_users_heygen_templates_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: HeygenTemplateResponseSingle,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: HeygenTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> HeygenTemplateResponseSingle | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = HeygenTemplateResponseSingle.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: HeygenTemplateRequest,
) -> Response[HeygenTemplateResponseSingle]:
    """Endpoint to add a Heygen template id to an org.

    Only platform admins have access to this endpoint.

    ``POST /api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/`` (operation ``ai_media_orgs_users_heygen_templates_create``)

    Args:
        org (str):
        user_id (str):
        body (HeygenTemplateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[HeygenTemplateResponseSingle]: status, headers, raw body and parsed model.
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
    body: HeygenTemplateRequest,
) -> HeygenTemplateResponseSingle:
    """Endpoint to add a Heygen template id to an org.

    Only platform admins have access to this endpoint.

    ``POST /api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/`` (operation ``ai_media_orgs_users_heygen_templates_create``)

    Args:
        org (str):
        user_id (str):
        body (HeygenTemplateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        HeygenTemplateResponseSingle
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
    body: HeygenTemplateRequest,
) -> Response[HeygenTemplateResponseSingle]:
    """Endpoint to add a Heygen template id to an org.

    Only platform admins have access to this endpoint.

    ``POST /api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/`` (operation ``ai_media_orgs_users_heygen_templates_create``)

    Args:
        org (str):
        user_id (str):
        body (HeygenTemplateRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[HeygenTemplateResponseSingle]: status, headers, raw body and parsed model.
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
    body: HeygenTemplateRequest,
) -> HeygenTemplateResponseSingle:
    """Endpoint to add a Heygen template id to an org.

    Only platform admins have access to this endpoint.

    ``POST /api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/`` (operation ``ai_media_orgs_users_heygen_templates_create``)

    Args:
        org (str):
        user_id (str):
        body (HeygenTemplateRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        HeygenTemplateResponseSingle
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
