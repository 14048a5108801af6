import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_finetuning_v1_org_user_datasets_list_status import (
    AiFinetuningV1OrgUserDatasetsListStatus,
)
from ...models.paginated_data_set_list import PaginatedDataSetList
from ...types import UNSET, Unset

OPERATION_ID = "ai_finetuning_v1_org_user_datasets_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedDataSetList,
}


def _get_kwargs(
    org: str,
    username: str,
    *,
    date_created: datetime.datetime | Unset = UNSET,
    num_data_points: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    retry_attempts: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_created: str | Unset = UNSET
    if not isinstance(date_created, Unset):
        json_date_created = date_created.isoformat()
    params["date_created"] = json_date_created

    params["num_data_points"] = num_data_points

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["retry_attempts"] = retry_attempts

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-finetuning/v1/org/{org}/user/{username}/datasets/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedDataSetList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedDataSetList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
    date_created: datetime.datetime | Unset = UNSET,
    num_data_points: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    retry_attempts: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
) -> Response[PaginatedDataSetList]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/`` (operation ``ai_finetuning_v1_org_user_datasets_list``)

    Args:
        org (str):
        username (str):
        date_created (datetime.datetime | Unset):
        num_data_points (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        retry_attempts (int | Unset):
        search (str | Unset):
        status (AiFinetuningV1OrgUserDatasetsListStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedDataSetList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            date_created=date_created,
            num_data_points=num_data_points,
            ordering=ordering,
            page=page,
            page_size=page_size,
            retry_attempts=retry_attempts,
            search=search,
            status=status,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    *,
    client: Client,
    date_created: datetime.datetime | Unset = UNSET,
    num_data_points: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    retry_attempts: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
) -> PaginatedDataSetList:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/`` (operation ``ai_finetuning_v1_org_user_datasets_list``)

    Args:
        org (str):
        username (str):
        date_created (datetime.datetime | Unset):
        num_data_points (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        retry_attempts (int | Unset):
        search (str | Unset):
        status (AiFinetuningV1OrgUserDatasetsListStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedDataSetList
    """

    return sync_detailed(
        org,
        username,
        date_created=date_created,
        num_data_points=num_data_points,
        ordering=ordering,
        page=page,
        page_size=page_size,
        retry_attempts=retry_attempts,
        search=search,
        status=status,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    date_created: datetime.datetime | Unset = UNSET,
    num_data_points: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    retry_attempts: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
) -> Response[PaginatedDataSetList]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/`` (operation ``ai_finetuning_v1_org_user_datasets_list``)

    Args:
        org (str):
        username (str):
        date_created (datetime.datetime | Unset):
        num_data_points (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        retry_attempts (int | Unset):
        search (str | Unset):
        status (AiFinetuningV1OrgUserDatasetsListStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedDataSetList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            date_created=date_created,
            num_data_points=num_data_points,
            ordering=ordering,
            page=page,
            page_size=page_size,
            retry_attempts=retry_attempts,
            search=search,
            status=status,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    date_created: datetime.datetime | Unset = UNSET,
    num_data_points: int | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    retry_attempts: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserDatasetsListStatus | Unset = UNSET,
) -> PaginatedDataSetList:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/datasets/`` (operation ``ai_finetuning_v1_org_user_datasets_list``)

    Args:
        org (str):
        username (str):
        date_created (datetime.datetime | Unset):
        num_data_points (int | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        retry_attempts (int | Unset):
        search (str | Unset):
        status (AiFinetuningV1OrgUserDatasetsListStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedDataSetList
    """

    return (
        await asyncio_detailed(
            org,
            username,
            date_created=date_created,
            num_data_points=num_data_points,
            ordering=ordering,
            page=page,
            page_size=page_size,
            retry_attempts=retry_attempts,
            search=search,
            status=status,
            client=client,
        )
    ).unwrap()
