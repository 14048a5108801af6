from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.document_settings_response import DocumentSettingsResponse

OPERATION_ID = "ai_index_orgs_users_documents_settings_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: DocumentSettingsResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    document_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/settings/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> DocumentSettingsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = DocumentSettingsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    document_id: str,
    *,
    client: Client,
) -> Response[DocumentSettingsResponse]:
    """Retrieve document settings with RBAC permission checks.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/settings/`` (operation ``ai_index_orgs_users_documents_settings_retrieve``)

    Args:
        org (str):
        user_id (str):
        document_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DocumentSettingsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            document_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    document_id: str,
    *,
    client: Client,
) -> DocumentSettingsResponse:
    """Retrieve document settings with RBAC permission checks.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/settings/`` (operation ``ai_index_orgs_users_documents_settings_retrieve``)

    Args:
        org (str):
        user_id (str):
        document_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DocumentSettingsResponse
    """

    return sync_detailed(
        org,
        user_id,
        document_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    document_id: str,
    *,
    client: AsyncClient,
) -> Response[DocumentSettingsResponse]:
    """Retrieve document settings with RBAC permission checks.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/settings/`` (operation ``ai_index_orgs_users_documents_settings_retrieve``)

    Args:
        org (str):
        user_id (str):
        document_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DocumentSettingsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            document_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    document_id: str,
    *,
    client: AsyncClient,
) -> DocumentSettingsResponse:
    """Retrieve document settings with RBAC permission checks.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/settings/`` (operation ``ai_index_orgs_users_documents_settings_retrieve``)

    Args:
        org (str):
        user_id (str):
        document_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DocumentSettingsResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            document_id,
            client=client,
        )
    ).unwrap()
