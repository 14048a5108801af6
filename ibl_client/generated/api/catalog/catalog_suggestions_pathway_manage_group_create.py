from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.pathway_group_suggestion_create import PathwayGroupSuggestionCreate
from ...models.pathway_group_suggestion_detail import PathwayGroupSuggestionDetail
from ...types import UNSET, Unset

OPERATION_ID = "catalog_suggestions_pathway_manage_group_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PathwayGroupSuggestionDetail,
}


def _get_kwargs(
    *,
    body: PathwayGroupSuggestionCreate,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["department_mode"] = department_mode

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["query"] = query

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/suggestions/pathway/manage/group/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PathwayGroupSuggestionDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PathwayGroupSuggestionDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: PathwayGroupSuggestionCreate,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PathwayGroupSuggestionDetail]:
    """API View for managing pathway group suggestions.

    This endpoint allows administrators to view, create, and delete pathway suggestions for groups
    of users within a platform.

    Query Parameters (GET):
    platform_key (str, required): The platform to retrieve group suggestions for
    platform_org (str, optional): The organization identifier for the platform
    query (str, optional): Search term to filter group suggestions
    sort (str, optional): Field to sort results by (default: 'id')
    department_mode (bool, optional): Filter suggestions by department admin access
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of pathway group suggestions for a platform
    POST: Create or update a pathway group suggestion
    DELETE: Remove a pathway group suggestion

    Request Body (POST):
    A JSON object containing:
    - platform_key (str, required): The platform for the group suggestion
    - pathway_id (str, required): The pathway ID to suggest
    - group_id (str/int, required): The group to suggest the pathway to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Query Parameters (DELETE):
    suggestion_id (int, required): The ID of the group suggestion to delete

    Returns:
    GET: A paginated JSON response containing pathway group suggestions:
    {
    "count": 5,
    "next": "https://example.com/api/catalog/suggestions/pathway/group/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "group_id": 789,
    "group_name": "Engineering Team",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1",
    "user_count": 25
    },
    ...
    ]
    }
    POST: A JSON response containing the created/updated group suggestion:
    {
    "id": 123,
    "group_id": 789,
    "group_name": "Engineering Team",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1",
    "user_count": 25
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if group suggestion
    operations fail
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage group suggestions
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can manage group suggestions for their platform
    - Department admins can manage group suggestions for their departments
    - DM admins can manage all group suggestions

    ``POST /api/catalog/suggestions/pathway/manage/group/`` (operation ``catalog_suggestions_pathway_manage_group_create``)

    Args:
        department_mode (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        body (PathwayGroupSuggestionCreate): Request serializer for
            PathwayGroupSuggestionManagementView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PathwayGroupSuggestionDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: PathwayGroupSuggestionCreate,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PathwayGroupSuggestionDetail:
    """API View for managing pathway group suggestions.

    This endpoint allows administrators to view, create, and delete pathway suggestions for groups
    of users within a platform.

    Query Parameters (GET):
    platform_key (str, required): The platform to retrieve group suggestions for
    platform_org (str, optional): The organization identifier for the platform
    query (str, optional): Search term to filter group suggestions
    sort (str, optional): Field to sort results by (default: 'id')
    department_mode (bool, optional): Filter suggestions by department admin access
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of pathway group suggestions for a platform
    POST: Create or update a pathway group suggestion
    DELETE: Remove a pathway group suggestion

    Request Body (POST):
    A JSON object containing:
    - platform_key (str, required): The platform for the group suggestion
    - pathway_id (str, required): The pathway ID to suggest
    - group_id (str/int, required): The group to suggest the pathway to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Query Parameters (DELETE):
    suggestion_id (int, required): The ID of the group suggestion to delete

    Returns:
    GET: A paginated JSON response containing pathway group suggestions:
    {
    "count": 5,
    "next": "https://example.com/api/catalog/suggestions/pathway/group/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "group_id": 789,
    "group_name": "Engineering Team",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1",
    "user_count": 25
    },
    ...
    ]
    }
    POST: A JSON response containing the created/updated group suggestion:
    {
    "id": 123,
    "group_id": 789,
    "group_name": "Engineering Team",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1",
    "user_count": 25
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if group suggestion
    operations fail
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage group suggestions
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can manage group suggestions for their platform
    - Department admins can manage group suggestions for their departments
    - DM admins can manage all group suggestions

    ``POST /api/catalog/suggestions/pathway/manage/group/`` (operation ``catalog_suggestions_pathway_manage_group_create``)

    Args:
        department_mode (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        body (PathwayGroupSuggestionCreate): Request serializer for
            PathwayGroupSuggestionManagementView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PathwayGroupSuggestionDetail
    """

    return sync_detailed(
        body=body,
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PathwayGroupSuggestionCreate,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PathwayGroupSuggestionDetail]:
    """API View for managing pathway group suggestions.

    This endpoint allows administrators to view, create, and delete pathway suggestions for groups
    of users within a platform.

    Query Parameters (GET):
    platform_key (str, required): The platform to retrieve group suggestions for
    platform_org (str, optional): The organization identifier for the platform
    query (str, optional): Search term to filter group suggestions
    sort (str, optional): Field to sort results by (default: 'id')
    department_mode (bool, optional): Filter suggestions by department admin access
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of pathway group suggestions for a platform
    POST: Create or update a pathway group suggestion
    DELETE: Remove a pathway group suggestion

    Request Body (POST):
    A JSON object containing:
    - platform_key (str, required): The platform for the group suggestion
    - pathway_id (str, required): The pathway ID to suggest
    - group_id (str/int, required): The group to suggest the pathway to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Query Parameters (DELETE):
    suggestion_id (int, required): The ID of the group suggestion to delete

    Returns:
    GET: A paginated JSON response containing pathway group suggestions:
    {
    "count": 5,
    "next": "https://example.com/api/catalog/suggestions/pathway/group/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "group_id": 789,
    "group_name": "Engineering Team",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1",
    "user_count": 25
    },
    ...
    ]
    }
    POST: A JSON response containing the created/updated group suggestion:
    {
    "id": 123,
    "group_id": 789,
    "group_name": "Engineering Team",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1",
    "user_count": 25
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if group suggestion
    operations fail
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage group suggestions
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can manage group suggestions for their platform
    - Department admins can manage group suggestions for their departments
    - DM admins can manage all group suggestions

    ``POST /api/catalog/suggestions/pathway/manage/group/`` (operation ``catalog_suggestions_pathway_manage_group_create``)

    Args:
        department_mode (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        body (PathwayGroupSuggestionCreate): Request serializer for
            PathwayGroupSuggestionManagementView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PathwayGroupSuggestionDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: PathwayGroupSuggestionCreate,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PathwayGroupSuggestionDetail:
    """API View for managing pathway group suggestions.

    This endpoint allows administrators to view, create, and delete pathway suggestions for groups
    of users within a platform.

    Query Parameters (GET):
    platform_key (str, required): The platform to retrieve group suggestions for
    platform_org (str, optional): The organization identifier for the platform
    query (str, optional): Search term to filter group suggestions
    sort (str, optional): Field to sort results by (default: 'id')
    department_mode (bool, optional): Filter suggestions by department admin access
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Retrieve a paginated list of pathway group suggestions for a platform
    POST: Create or update a pathway group suggestion
    DELETE: Remove a pathway group suggestion

    Request Body (POST):
    A JSON object containing:
    - platform_key (str, required): The platform for the group suggestion
    - pathway_id (str, required): The pathway ID to suggest
    - group_id (str/int, required): The group to suggest the pathway to
    - accepted (bool, optional): Whether the suggestion is accepted
    - visible (bool, optional): Whether the suggestion is visible
    - metadata (dict, optional): Additional suggestion metadata

    Query Parameters (DELETE):
    suggestion_id (int, required): The ID of the group suggestion to delete

    Returns:
    GET: A paginated JSON response containing pathway group suggestions:
    {
    "count": 5,
    "next": "https://example.com/api/catalog/suggestions/pathway/group/?page=2",
    "previous": null,
    "results": [
    {
    "id": 123,
    "group_id": 789,
    "group_name": "Engineering Team",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1",
    "user_count": 25
    },
    ...
    ]
    }
    POST: A JSON response containing the created/updated group suggestion:
    {
    "id": 123,
    "group_id": 789,
    "group_name": "Engineering Team",
    "platform_key": "platform1",
    "accepted": false,
    "visible": true,
    "created": "2023-06-15T14:30:00Z",
    "modified": "2023-06-15T14:30:00Z",
    "metadata": {},
    "pathway_id": "pathway-v1:org+pathway+run",
    "pathway_uuid": "12345678-1234-5678-1234-567812345678",
    "pathway_name": "Data Science Pathway",
    "pathway_platform_key": "platform1",
    "user_count": 25
    }
    DELETE: A success response with status 200

    Error Responses:
    400 Bad Request: If required parameters are missing or invalid, or if group suggestion
    operations fail
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to manage group suggestions
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsPlatformAdmin, or IsDepartmentModeAdminInPlatform permission
    - Platform admins can manage group suggestions for their platform
    - Department admins can manage group suggestions for their departments
    - DM admins can manage all group suggestions

    ``POST /api/catalog/suggestions/pathway/manage/group/`` (operation ``catalog_suggestions_pathway_manage_group_create``)

    Args:
        department_mode (bool | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        body (PathwayGroupSuggestionCreate): Request serializer for
            PathwayGroupSuggestionManagementView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PathwayGroupSuggestionDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            client=client,
        )
    ).unwrap()
