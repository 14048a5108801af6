from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.web_resource import WebResource
from ...models.web_resources_query import WebResourcesQuery

OPERATION_ID = "ai_mentor_orgs_users_resources_web_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[WebResource],
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: WebResourcesQuery,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/resources/web/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[WebResource] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WebResource.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: WebResourcesQuery,
) -> Response[list[WebResource]]:
    """Search for web resources based on a query.

    Args:
    request: The HTTP request containing the search query.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: A list of web resources matching the query.

    Raises:
    ValidationError: If the search fails or returns no results.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/resources/web/`` (operation ``ai_mentor_orgs_users_resources_web_create``)

    Args:
        org (str):
        user_id (str):
        body (WebResourcesQuery):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[WebResource]]: status, headers, raw body and parsed model.
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
    body: WebResourcesQuery,
) -> list[WebResource]:
    """Search for web resources based on a query.

    Args:
    request: The HTTP request containing the search query.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: A list of web resources matching the query.

    Raises:
    ValidationError: If the search fails or returns no results.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/resources/web/`` (operation ``ai_mentor_orgs_users_resources_web_create``)

    Args:
        org (str):
        user_id (str):
        body (WebResourcesQuery):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[WebResource]
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
    body: WebResourcesQuery,
) -> Response[list[WebResource]]:
    """Search for web resources based on a query.

    Args:
    request: The HTTP request containing the search query.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: A list of web resources matching the query.

    Raises:
    ValidationError: If the search fails or returns no results.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/resources/web/`` (operation ``ai_mentor_orgs_users_resources_web_create``)

    Args:
        org (str):
        user_id (str):
        body (WebResourcesQuery):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[WebResource]]: status, headers, raw body and parsed model.
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
    body: WebResourcesQuery,
) -> list[WebResource]:
    """Search for web resources based on a query.

    Args:
    request: The HTTP request containing the search query.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.

    Returns:
    Response: A list of web resources matching the query.

    Raises:
    ValidationError: If the search fails or returns no results.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/resources/web/`` (operation ``ai_mentor_orgs_users_resources_web_create``)

    Args:
        org (str):
        user_id (str):
        body (WebResourcesQuery):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[WebResource]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
