from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.bulk_suggestion_response import BulkSuggestionResponse
from ...models.pathway_suggestion_bulk_create import PathwaySuggestionBulkCreate

OPERATION_ID = "catalog_suggestions_pathway_manage_bulk_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: BulkSuggestionResponse,
}


def _get_kwargs(
    *,
    body: PathwaySuggestionBulkCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/suggestions/pathway/manage/bulk/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BulkSuggestionResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = BulkSuggestionResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: PathwaySuggestionBulkCreate,
) -> Response[BulkSuggestionResponse]:
    """API View for bulk creation of pathway suggestions.

    This endpoint allows administrators to create multiple pathway suggestions at once.

    Methods:
    POST: Create multiple pathway suggestions in a single request

    Request Body:
    A JSON object containing:
    - platform_key (str, required): The platform for the suggestions
    - suggestion_data (list, required): List of suggestion objects, each containing:
    - pathway_id (str, required): The pathway ID to suggest
    - user_id (str/int, required): The user to suggest the pathway to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Returns:
    POST: A JSON response containing the operation results:
    {
    "successes": 15,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage suggestions
    500 Internal Server Error: If an unexpected error occurs during bulk creation

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can create suggestions for their platform
    - Department admins can create suggestions for their departments
    - DM admins can create suggestions for any platform

    ``POST /api/catalog/suggestions/pathway/manage/bulk/`` (operation ``catalog_suggestions_pathway_manage_bulk_create``)

    Args:
        body (PathwaySuggestionBulkCreate): Request serializer for
            PathwaySuggestionBulkManagementView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BulkSuggestionResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: PathwaySuggestionBulkCreate,
) -> BulkSuggestionResponse:
    """API View for bulk creation of pathway suggestions.

    This endpoint allows administrators to create multiple pathway suggestions at once.

    Methods:
    POST: Create multiple pathway suggestions in a single request

    Request Body:
    A JSON object containing:
    - platform_key (str, required): The platform for the suggestions
    - suggestion_data (list, required): List of suggestion objects, each containing:
    - pathway_id (str, required): The pathway ID to suggest
    - user_id (str/int, required): The user to suggest the pathway to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Returns:
    POST: A JSON response containing the operation results:
    {
    "successes": 15,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage suggestions
    500 Internal Server Error: If an unexpected error occurs during bulk creation

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can create suggestions for their platform
    - Department admins can create suggestions for their departments
    - DM admins can create suggestions for any platform

    ``POST /api/catalog/suggestions/pathway/manage/bulk/`` (operation ``catalog_suggestions_pathway_manage_bulk_create``)

    Args:
        body (PathwaySuggestionBulkCreate): Request serializer for
            PathwaySuggestionBulkManagementView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BulkSuggestionResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PathwaySuggestionBulkCreate,
) -> Response[BulkSuggestionResponse]:
    """API View for bulk creation of pathway suggestions.

    This endpoint allows administrators to create multiple pathway suggestions at once.

    Methods:
    POST: Create multiple pathway suggestions in a single request

    Request Body:
    A JSON object containing:
    - platform_key (str, required): The platform for the suggestions
    - suggestion_data (list, required): List of suggestion objects, each containing:
    - pathway_id (str, required): The pathway ID to suggest
    - user_id (str/int, required): The user to suggest the pathway to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Returns:
    POST: A JSON response containing the operation results:
    {
    "successes": 15,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage suggestions
    500 Internal Server Error: If an unexpected error occurs during bulk creation

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can create suggestions for their platform
    - Department admins can create suggestions for their departments
    - DM admins can create suggestions for any platform

    ``POST /api/catalog/suggestions/pathway/manage/bulk/`` (operation ``catalog_suggestions_pathway_manage_bulk_create``)

    Args:
        body (PathwaySuggestionBulkCreate): Request serializer for
            PathwaySuggestionBulkManagementView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BulkSuggestionResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: PathwaySuggestionBulkCreate,
) -> BulkSuggestionResponse:
    """API View for bulk creation of pathway suggestions.

    This endpoint allows administrators to create multiple pathway suggestions at once.

    Methods:
    POST: Create multiple pathway suggestions in a single request

    Request Body:
    A JSON object containing:
    - platform_key (str, required): The platform for the suggestions
    - suggestion_data (list, required): List of suggestion objects, each containing:
    - pathway_id (str, required): The pathway ID to suggest
    - user_id (str/int, required): The user to suggest the pathway to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Returns:
    POST: A JSON response containing the operation results:
    {
    "successes": 15,
    "error_codes": []
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage suggestions
    500 Internal Server Error: If an unexpected error occurs during bulk creation

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can create suggestions for their platform
    - Department admins can create suggestions for their departments
    - DM admins can create suggestions for any platform

    ``POST /api/catalog/suggestions/pathway/manage/bulk/`` (operation ``catalog_suggestions_pathway_manage_bulk_create``)

    Args:
        body (PathwaySuggestionBulkCreate): Request serializer for
            PathwaySuggestionBulkManagementView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BulkSuggestionResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
