from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.reorder_children import ReorderChildren
from ...models.xblock_result import XblockResult

OPERATION_ID = "ai_mentor_orgs_users_course_creation_course_reorder_children_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: XblockResult,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: ReorderChildren,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/reorder-children/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> XblockResult | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = XblockResult.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: ReorderChildren,
) -> Response[XblockResult]:
    """Reorder the children of an xblock within this course.

    This is also useful for moving an element from its parent to another. If you set an xblock as a
    child of another parent, it is automatically removed from its previous position and placed in
    the child position of the current specified parent.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/reorder-children/`` (operation ``ai_mentor_orgs_users_course_creation_course_reorder_children_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (ReorderChildren): Validate input for reordering children of an xblock.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[XblockResult]: status, headers, raw body and parsed model.
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
    body: ReorderChildren,
) -> XblockResult:
    """Reorder the children of an xblock within this course.

    This is also useful for moving an element from its parent to another. If you set an xblock as a
    child of another parent, it is automatically removed from its previous position and placed in
    the child position of the current specified parent.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/reorder-children/`` (operation ``ai_mentor_orgs_users_course_creation_course_reorder_children_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (ReorderChildren): Validate input for reordering children of an xblock.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        XblockResult
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
    body: ReorderChildren,
) -> Response[XblockResult]:
    """Reorder the children of an xblock within this course.

    This is also useful for moving an element from its parent to another. If you set an xblock as a
    child of another parent, it is automatically removed from its previous position and placed in
    the child position of the current specified parent.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/reorder-children/`` (operation ``ai_mentor_orgs_users_course_creation_course_reorder_children_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (ReorderChildren): Validate input for reordering children of an xblock.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[XblockResult]: status, headers, raw body and parsed model.
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
    body: ReorderChildren,
) -> XblockResult:
    """Reorder the children of an xblock within this course.

    This is also useful for moving an element from its parent to another. If you set an xblock as a
    child of another parent, it is automatically removed from its previous position and placed in
    the child position of the current specified parent.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/{id}/reorder-children/`` (operation ``ai_mentor_orgs_users_course_creation_course_reorder_children_create``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (ReorderChildren): Validate input for reordering children of an xblock.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        XblockResult
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
