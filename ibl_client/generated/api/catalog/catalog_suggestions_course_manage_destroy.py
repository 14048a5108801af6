from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Unset

OPERATION_ID = "catalog_suggestions_course_manage_destroy"


def _get_kwargs(
    *,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    suggestion_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_mode"] = department_mode

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["query"] = query

    params["sort"] = sort

    params["suggestion_id"] = suggestion_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/catalog/suggestions/course/manage/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    *,
    client: Client,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    suggestion_id: int,
) -> Response[Any]:
    """Delete single suggestion

    ``DELETE /api/catalog/suggestions/course/manage/`` (operation ``catalog_suggestions_course_manage_destroy``)

    Args:
        department_mode (bool | Unset): Flag to ensure department admins can call the API
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of items per page
        platform_key (str): The platform to retrieve suggestions for
        platform_org (str | Unset): The organization identifier for the platform
        query (str | Unset): Search term to filter suggestions
        sort (str | Unset): Field to sort results by
        suggestion_id (int): The ID of the suggestion to delete

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    suggestion_id: int,
) -> Any:
    """Delete single suggestion

    ``DELETE /api/catalog/suggestions/course/manage/`` (operation ``catalog_suggestions_course_manage_destroy``)

    Args:
        department_mode (bool | Unset): Flag to ensure department admins can call the API
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of items per page
        platform_key (str): The platform to retrieve suggestions for
        platform_org (str | Unset): The organization identifier for the platform
        query (str | Unset): Search term to filter suggestions
        sort (str | Unset): Field to sort results by
        suggestion_id (int): The ID of the suggestion to delete

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        department_mode=department_mode,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
        suggestion_id=suggestion_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    suggestion_id: int,
) -> Response[Any]:
    """Delete single suggestion

    ``DELETE /api/catalog/suggestions/course/manage/`` (operation ``catalog_suggestions_course_manage_destroy``)

    Args:
        department_mode (bool | Unset): Flag to ensure department admins can call the API
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of items per page
        platform_key (str): The platform to retrieve suggestions for
        platform_org (str | Unset): The organization identifier for the platform
        query (str | Unset): Search term to filter suggestions
        sort (str | Unset): Field to sort results by
        suggestion_id (int): The ID of the suggestion to delete

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    department_mode: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    suggestion_id: int,
) -> Any:
    """Delete single suggestion

    ``DELETE /api/catalog/suggestions/course/manage/`` (operation ``catalog_suggestions_course_manage_destroy``)

    Args:
        department_mode (bool | Unset): Flag to ensure department admins can call the API
        page (int | Unset): Page number for pagination
        page_size (int | Unset): Number of items per page
        platform_key (str): The platform to retrieve suggestions for
        platform_org (str | Unset): The organization identifier for the platform
        query (str | Unset): Search term to filter suggestions
        sort (str | Unset): Field to sort results by
        suggestion_id (int): The ID of the suggestion to delete

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            department_mode=department_mode,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            suggestion_id=suggestion_id,
            client=client,
        )
    ).unwrap()
