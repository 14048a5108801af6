from typing import Any
from urllib.parse import quote

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_media_orgs_users_video_script_generation_document_create"


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/document/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return decode(response)
    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Endpoint to generate video scripts from a document file. The document file can be one of docx,
    doc, pptx, ppt, txt and pdf.
    The request should be a multipart form with your document file in the `file` field. Initial
    Response:
    ```
    {"script": None, "status": "started_generation", "generation_id": "your-generation-id."}
    ```
    This signals the generation has started. You can use the generation id to query video script
    generation status from this endpoint, using a JSON like below:
    ```
    {"generation_id": "your-generation-id"}
    ```
    Example response:
    ```
    {"script": "hello this is a video script.", "status": "finished", "generation_id": "your-
    generation-id"}
    ```

    ``POST /api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/document/`` (operation ``ai_media_orgs_users_video_script_generation_document_create``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Endpoint to generate video scripts from a document file. The document file can be one of docx,
    doc, pptx, ppt, txt and pdf.
    The request should be a multipart form with your document file in the `file` field. Initial
    Response:
    ```
    {"script": None, "status": "started_generation", "generation_id": "your-generation-id."}
    ```
    This signals the generation has started. You can use the generation id to query video script
    generation status from this endpoint, using a JSON like below:
    ```
    {"generation_id": "your-generation-id"}
    ```
    Example response:
    ```
    {"script": "hello this is a video script.", "status": "finished", "generation_id": "your-
    generation-id"}
    ```

    ``POST /api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/document/`` (operation ``ai_media_orgs_users_video_script_generation_document_create``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        org,
        user_id,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Endpoint to generate video scripts from a document file. The document file can be one of docx,
    doc, pptx, ppt, txt and pdf.
    The request should be a multipart form with your document file in the `file` field. Initial
    Response:
    ```
    {"script": None, "status": "started_generation", "generation_id": "your-generation-id."}
    ```
    This signals the generation has started. You can use the generation id to query video script
    generation status from this endpoint, using a JSON like below:
    ```
    {"generation_id": "your-generation-id"}
    ```
    Example response:
    ```
    {"script": "hello this is a video script.", "status": "finished", "generation_id": "your-
    generation-id"}
    ```

    ``POST /api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/document/`` (operation ``ai_media_orgs_users_video_script_generation_document_create``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Endpoint to generate video scripts from a document file. The document file can be one of docx,
    doc, pptx, ppt, txt and pdf.
    The request should be a multipart form with your document file in the `file` field. Initial
    Response:
    ```
    {"script": None, "status": "started_generation", "generation_id": "your-generation-id."}
    ```
    This signals the generation has started. You can use the generation id to query video script
    generation status from this endpoint, using a JSON like below:
    ```
    {"generation_id": "your-generation-id"}
    ```
    Example response:
    ```
    {"script": "hello this is a video script.", "status": "finished", "generation_id": "your-
    generation-id"}
    ```

    ``POST /api/ai-media/orgs/{org}/users/{user_id}/video-script-generation/document/`` (operation ``ai_media_orgs_users_video_script_generation_document_create``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
