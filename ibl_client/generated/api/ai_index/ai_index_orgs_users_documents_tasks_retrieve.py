from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.check_document_training_status import CheckDocumentTrainingStatus

OPERATION_ID = "ai_index_orgs_users_documents_tasks_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CheckDocumentTrainingStatus,
}


def _get_kwargs(
    org: str,
    user_id: str,
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/documents/tasks/{task_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CheckDocumentTrainingStatus | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CheckDocumentTrainingStatus.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    task_id: str,
    *,
    client: Client,
) -> Response[CheckDocumentTrainingStatus]:
    """Check the status of a document training task.

    This endpoint retrieves the current status of an asynchronous document training task that was
    previously initiated.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    task_id: The ID of the training task to check.

    Returns:
    Response: The current status of the document training task,
    which can be "pending", "completed", or "failed".

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/tasks/{task_id}/`` (operation ``ai_index_orgs_users_documents_tasks_retrieve``)

    Args:
        org (str):
        user_id (str):
        task_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CheckDocumentTrainingStatus]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            task_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    task_id: str,
    *,
    client: Client,
) -> CheckDocumentTrainingStatus:
    """Check the status of a document training task.

    This endpoint retrieves the current status of an asynchronous document training task that was
    previously initiated.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    task_id: The ID of the training task to check.

    Returns:
    Response: The current status of the document training task,
    which can be "pending", "completed", or "failed".

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/tasks/{task_id}/`` (operation ``ai_index_orgs_users_documents_tasks_retrieve``)

    Args:
        org (str):
        user_id (str):
        task_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CheckDocumentTrainingStatus
    """

    return sync_detailed(
        org,
        user_id,
        task_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    task_id: str,
    *,
    client: AsyncClient,
) -> Response[CheckDocumentTrainingStatus]:
    """Check the status of a document training task.

    This endpoint retrieves the current status of an asynchronous document training task that was
    previously initiated.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    task_id: The ID of the training task to check.

    Returns:
    Response: The current status of the document training task,
    which can be "pending", "completed", or "failed".

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/tasks/{task_id}/`` (operation ``ai_index_orgs_users_documents_tasks_retrieve``)

    Args:
        org (str):
        user_id (str):
        task_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CheckDocumentTrainingStatus]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            task_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    task_id: str,
    *,
    client: AsyncClient,
) -> CheckDocumentTrainingStatus:
    """Check the status of a document training task.

    This endpoint retrieves the current status of an asynchronous document training task that was
    previously initiated.

    Args:
    request: The HTTP request.
    org: Organization key identifier.
    task_id: The ID of the training task to check.

    Returns:
    Response: The current status of the document training task,
    which can be "pending", "completed", or "failed".

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/tasks/{task_id}/`` (operation ``ai_index_orgs_users_documents_tasks_retrieve``)

    Args:
        org (str):
        user_id (str):
        task_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CheckDocumentTrainingStatus
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            task_id,
            client=client,
        )
    ).unwrap()
