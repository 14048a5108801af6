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
from ...models.disclaimer import Disclaimer
from ...models.patched_disclaimer_request import PatchedDisclaimerRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_mentor_orgs_users_disclaimers_partial_update"


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
    *,
    body: PatchedDisclaimerRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, PatchedDisclaimerRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Disclaimer | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", Disclaimer, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: PatchedDisclaimerRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Disclaimer]:
    """ViewSet for managing mentor disclaimers.

    This viewset provides endpoints for creating and managing mentor disclaimers, which are
    statements or information that mentors need to share with students.

    Permissions:
    - Platform administrators have full CRUD access
    - Students have read-only access
    - Unauthenticated users have no access

    Endpoints:
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer
    - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from
    disclaimer

    Query Parameters:
    - Supports filtering via DjangoFilterBackend
    - See DisclaimerFilterSet for available filters

    Returns:
    List endpoint returns paginated results with disclaimer objects:
    ```
    {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "title": str,
    "content": str,
    "mentor": str,
    "platform": str,
    "created_at": datetime,
    "updated_at": datetime
    },
    ...
    ]
    }
    ```
    Detail endpoints return a single disclaimer object with the same structure

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/`` (operation ``ai_mentor_orgs_users_disclaimers_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedDisclaimerRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Disclaimer]: status, headers, raw body and parsed model.
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
    body: PatchedDisclaimerRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Disclaimer:
    """ViewSet for managing mentor disclaimers.

    This viewset provides endpoints for creating and managing mentor disclaimers, which are
    statements or information that mentors need to share with students.

    Permissions:
    - Platform administrators have full CRUD access
    - Students have read-only access
    - Unauthenticated users have no access

    Endpoints:
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer
    - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from
    disclaimer

    Query Parameters:
    - Supports filtering via DjangoFilterBackend
    - See DisclaimerFilterSet for available filters

    Returns:
    List endpoint returns paginated results with disclaimer objects:
    ```
    {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "title": str,
    "content": str,
    "mentor": str,
    "platform": str,
    "created_at": datetime,
    "updated_at": datetime
    },
    ...
    ]
    }
    ```
    Detail endpoints return a single disclaimer object with the same structure

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/`` (operation ``ai_mentor_orgs_users_disclaimers_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedDisclaimerRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Disclaimer
    """

    return sync_detailed(
        org,
        user_id,
        id,
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
    id: int,
    *,
    client: AsyncClient,
    body: PatchedDisclaimerRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Disclaimer]:
    """ViewSet for managing mentor disclaimers.

    This viewset provides endpoints for creating and managing mentor disclaimers, which are
    statements or information that mentors need to share with students.

    Permissions:
    - Platform administrators have full CRUD access
    - Students have read-only access
    - Unauthenticated users have no access

    Endpoints:
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer
    - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from
    disclaimer

    Query Parameters:
    - Supports filtering via DjangoFilterBackend
    - See DisclaimerFilterSet for available filters

    Returns:
    List endpoint returns paginated results with disclaimer objects:
    ```
    {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "title": str,
    "content": str,
    "mentor": str,
    "platform": str,
    "created_at": datetime,
    "updated_at": datetime
    },
    ...
    ]
    }
    ```
    Detail endpoints return a single disclaimer object with the same structure

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/`` (operation ``ai_mentor_orgs_users_disclaimers_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedDisclaimerRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Disclaimer]: status, headers, raw body and parsed model.
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
    body: PatchedDisclaimerRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Disclaimer:
    """ViewSet for managing mentor disclaimers.

    This viewset provides endpoints for creating and managing mentor disclaimers, which are
    statements or information that mentors need to share with students.

    Permissions:
    - Platform administrators have full CRUD access
    - Students have read-only access
    - Unauthenticated users have no access

    Endpoints:
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/ - List all disclaimers
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/ - Create a new disclaimer
    - GET /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Retrieve a specific disclaimer
    - PUT/PATCH /api/orgs/{org}/users/{user_id}/disclaimers/{id}/ - Update a disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/add_mentor/ - Add mentor to disclaimer
    - POST /api/orgs/{org}/users/{user_id}/disclaimers/{id}/remove_mentor/ - Remove mentor from
    disclaimer

    Query Parameters:
    - Supports filtering via DjangoFilterBackend
    - See DisclaimerFilterSet for available filters

    Returns:
    List endpoint returns paginated results with disclaimer objects:
    ```
    {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "title": str,
    "content": str,
    "mentor": str,
    "platform": str,
    "created_at": datetime,
    "updated_at": datetime
    },
    ...
    ]
    }
    ```
    Detail endpoints return a single disclaimer object with the same structure

    ``PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimers/{id}/`` (operation ``ai_mentor_orgs_users_disclaimers_partial_update``)

    Args:
        org (str):
        user_id (str):
        id (int):
        body (PatchedDisclaimerRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Disclaimer
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
