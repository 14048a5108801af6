from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.train_chat_session_document_view import TrainChatSessionDocumentView
from ...models.train_chat_session_document_view_request import TrainChatSessionDocumentViewRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_index_orgs_users_documents_train_sessions_create"


def _get_kwargs(
    org: str,
    user_id: str,
    session_id: str,
    *,
    body: TrainChatSessionDocumentViewRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/documents/train/sessions/{session_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, TrainChatSessionDocumentViewRequest, body)

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TrainChatSessionDocumentView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", TrainChatSessionDocumentView, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    session_id: str,
    *,
    client: Client,
    body: TrainChatSessionDocumentViewRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[TrainChatSessionDocumentView]:
    """Description: Submit a document file

    in a chat session. Checks file type, size, and ensures the session exists, then processes the
    file. Process

    document for use in a specific chat session. which will be processed and made available for the
    AI to reference when responding to queries in that session.

    Methods: - POST: Submits a document or media file for training within a specified chat session.

    Parameters: - org (str): - session_id (str): UUID of the chat session for which the document is
    being submitted. - *args, **kwargs: Additional arguments. - file (file): Multipart file input.

    Returns: - POST: Returns a JSON message with the result of the upload process. Response code 200
    on success. {
    "message": "File processed." }

    Error Responses: - 400 Bad Request: - "File field is required" if the 'file' parameter is
    missing. - "invalid file object" if the file object is not valid. - Specific error message if an
    exception occurs while saving to Redis. - 404 Not Found: - "Session not found" if the provided
    session_id does not match any existing session. - 413 Request Entity Too Large: - "file is too
    large" including specific limits for document and media files if the file exceeds size limits.

    Access Control: Requires authentication with a Bearer token in the Authorization header. The
    user associated with the session must exist and be authorized for the request.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/sessions/{session_id}/`` (operation ``ai_index_orgs_users_documents_train_sessions_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        body (TrainChatSessionDocumentViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TrainChatSessionDocumentView]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            body=body,
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
    session_id: str,
    *,
    client: Client,
    body: TrainChatSessionDocumentViewRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> TrainChatSessionDocumentView:
    """Description: Submit a document file

    in a chat session. Checks file type, size, and ensures the session exists, then processes the
    file. Process

    document for use in a specific chat session. which will be processed and made available for the
    AI to reference when responding to queries in that session.

    Methods: - POST: Submits a document or media file for training within a specified chat session.

    Parameters: - org (str): - session_id (str): UUID of the chat session for which the document is
    being submitted. - *args, **kwargs: Additional arguments. - file (file): Multipart file input.

    Returns: - POST: Returns a JSON message with the result of the upload process. Response code 200
    on success. {
    "message": "File processed." }

    Error Responses: - 400 Bad Request: - "File field is required" if the 'file' parameter is
    missing. - "invalid file object" if the file object is not valid. - Specific error message if an
    exception occurs while saving to Redis. - 404 Not Found: - "Session not found" if the provided
    session_id does not match any existing session. - 413 Request Entity Too Large: - "file is too
    large" including specific limits for document and media files if the file exceeds size limits.

    Access Control: Requires authentication with a Bearer token in the Authorization header. The
    user associated with the session must exist and be authorized for the request.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/sessions/{session_id}/`` (operation ``ai_index_orgs_users_documents_train_sessions_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        body (TrainChatSessionDocumentViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TrainChatSessionDocumentView
    """

    return sync_detailed(
        org,
        user_id,
        session_id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    session_id: str,
    *,
    client: AsyncClient,
    body: TrainChatSessionDocumentViewRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[TrainChatSessionDocumentView]:
    """Description: Submit a document file

    in a chat session. Checks file type, size, and ensures the session exists, then processes the
    file. Process

    document for use in a specific chat session. which will be processed and made available for the
    AI to reference when responding to queries in that session.

    Methods: - POST: Submits a document or media file for training within a specified chat session.

    Parameters: - org (str): - session_id (str): UUID of the chat session for which the document is
    being submitted. - *args, **kwargs: Additional arguments. - file (file): Multipart file input.

    Returns: - POST: Returns a JSON message with the result of the upload process. Response code 200
    on success. {
    "message": "File processed." }

    Error Responses: - 400 Bad Request: - "File field is required" if the 'file' parameter is
    missing. - "invalid file object" if the file object is not valid. - Specific error message if an
    exception occurs while saving to Redis. - 404 Not Found: - "Session not found" if the provided
    session_id does not match any existing session. - 413 Request Entity Too Large: - "file is too
    large" including specific limits for document and media files if the file exceeds size limits.

    Access Control: Requires authentication with a Bearer token in the Authorization header. The
    user associated with the session must exist and be authorized for the request.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/sessions/{session_id}/`` (operation ``ai_index_orgs_users_documents_train_sessions_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        body (TrainChatSessionDocumentViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TrainChatSessionDocumentView]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            body=body,
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
    session_id: str,
    *,
    client: AsyncClient,
    body: TrainChatSessionDocumentViewRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> TrainChatSessionDocumentView:
    """Description: Submit a document file

    in a chat session. Checks file type, size, and ensures the session exists, then processes the
    file. Process

    document for use in a specific chat session. which will be processed and made available for the
    AI to reference when responding to queries in that session.

    Methods: - POST: Submits a document or media file for training within a specified chat session.

    Parameters: - org (str): - session_id (str): UUID of the chat session for which the document is
    being submitted. - *args, **kwargs: Additional arguments. - file (file): Multipart file input.

    Returns: - POST: Returns a JSON message with the result of the upload process. Response code 200
    on success. {
    "message": "File processed." }

    Error Responses: - 400 Bad Request: - "File field is required" if the 'file' parameter is
    missing. - "invalid file object" if the file object is not valid. - Specific error message if an
    exception occurs while saving to Redis. - 404 Not Found: - "Session not found" if the provided
    session_id does not match any existing session. - 413 Request Entity Too Large: - "file is too
    large" including specific limits for document and media files if the file exceeds size limits.

    Access Control: Requires authentication with a Bearer token in the Authorization header. The
    user associated with the session must exist and be authorized for the request.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/sessions/{session_id}/`` (operation ``ai_index_orgs_users_documents_train_sessions_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        body (TrainChatSessionDocumentViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TrainChatSessionDocumentView
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            session_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
