import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_finetuning_v1_org_user_trainings_list_status import (
    AiFinetuningV1OrgUserTrainingsListStatus,
)
from ...models.paginated_training_list import PaginatedTrainingList
from ...types import UNSET, Unset

OPERATION_ID = "ai_finetuning_v1_org_user_trainings_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedTrainingList,
}


def _get_kwargs(
    org: str,
    username: str,
    *,
    base_model_name: str | Unset = UNSET,
    dataset: UUID | Unset = UNSET,
    date_created: datetime.datetime | Unset = UNSET,
    fine_tuned_model: str | Unset = UNSET,
    last_modified: datetime.datetime | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    preprocess_dataset: bool | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["base_model_name"] = base_model_name

    json_dataset: str | Unset = UNSET
    if not isinstance(dataset, Unset):
        json_dataset = str(dataset)
    params["dataset"] = json_dataset

    json_date_created: str | Unset = UNSET
    if not isinstance(date_created, Unset):
        json_date_created = date_created.isoformat()
    params["date_created"] = json_date_created

    params["fine_tuned_model"] = fine_tuned_model

    json_last_modified: str | Unset = UNSET
    if not isinstance(last_modified, Unset):
        json_last_modified = last_modified.isoformat()
    params["last_modified"] = json_last_modified

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["preprocess_dataset"] = preprocess_dataset

    params["provider"] = provider

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedTrainingList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedTrainingList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
    base_model_name: str | Unset = UNSET,
    dataset: UUID | Unset = UNSET,
    date_created: datetime.datetime | Unset = UNSET,
    fine_tuned_model: str | Unset = UNSET,
    last_modified: datetime.datetime | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    preprocess_dataset: bool | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
) -> Response[PaginatedTrainingList]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/`` (operation ``ai_finetuning_v1_org_user_trainings_list``)

    Args:
        org (str):
        username (str):
        base_model_name (str | Unset):
        dataset (UUID | Unset):
        date_created (datetime.datetime | Unset):
        fine_tuned_model (str | Unset):
        last_modified (datetime.datetime | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        preprocess_dataset (bool | Unset):
        provider (str | Unset):
        search (str | Unset):
        status (AiFinetuningV1OrgUserTrainingsListStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedTrainingList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            base_model_name=base_model_name,
            dataset=dataset,
            date_created=date_created,
            fine_tuned_model=fine_tuned_model,
            last_modified=last_modified,
            ordering=ordering,
            page=page,
            page_size=page_size,
            preprocess_dataset=preprocess_dataset,
            provider=provider,
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
    base_model_name: str | Unset = UNSET,
    dataset: UUID | Unset = UNSET,
    date_created: datetime.datetime | Unset = UNSET,
    fine_tuned_model: str | Unset = UNSET,
    last_modified: datetime.datetime | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    preprocess_dataset: bool | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
) -> PaginatedTrainingList:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/`` (operation ``ai_finetuning_v1_org_user_trainings_list``)

    Args:
        org (str):
        username (str):
        base_model_name (str | Unset):
        dataset (UUID | Unset):
        date_created (datetime.datetime | Unset):
        fine_tuned_model (str | Unset):
        last_modified (datetime.datetime | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        preprocess_dataset (bool | Unset):
        provider (str | Unset):
        search (str | Unset):
        status (AiFinetuningV1OrgUserTrainingsListStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedTrainingList
    """

    return sync_detailed(
        org,
        username,
        base_model_name=base_model_name,
        dataset=dataset,
        date_created=date_created,
        fine_tuned_model=fine_tuned_model,
        last_modified=last_modified,
        ordering=ordering,
        page=page,
        page_size=page_size,
        preprocess_dataset=preprocess_dataset,
        provider=provider,
        search=search,
        status=status,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    base_model_name: str | Unset = UNSET,
    dataset: UUID | Unset = UNSET,
    date_created: datetime.datetime | Unset = UNSET,
    fine_tuned_model: str | Unset = UNSET,
    last_modified: datetime.datetime | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    preprocess_dataset: bool | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
) -> Response[PaginatedTrainingList]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/`` (operation ``ai_finetuning_v1_org_user_trainings_list``)

    Args:
        org (str):
        username (str):
        base_model_name (str | Unset):
        dataset (UUID | Unset):
        date_created (datetime.datetime | Unset):
        fine_tuned_model (str | Unset):
        last_modified (datetime.datetime | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        preprocess_dataset (bool | Unset):
        provider (str | Unset):
        search (str | Unset):
        status (AiFinetuningV1OrgUserTrainingsListStatus | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedTrainingList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            base_model_name=base_model_name,
            dataset=dataset,
            date_created=date_created,
            fine_tuned_model=fine_tuned_model,
            last_modified=last_modified,
            ordering=ordering,
            page=page,
            page_size=page_size,
            preprocess_dataset=preprocess_dataset,
            provider=provider,
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
    base_model_name: str | Unset = UNSET,
    dataset: UUID | Unset = UNSET,
    date_created: datetime.datetime | Unset = UNSET,
    fine_tuned_model: str | Unset = UNSET,
    last_modified: datetime.datetime | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    preprocess_dataset: bool | Unset = UNSET,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiFinetuningV1OrgUserTrainingsListStatus | Unset = UNSET,
) -> PaginatedTrainingList:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/`` (operation ``ai_finetuning_v1_org_user_trainings_list``)

    Args:
        org (str):
        username (str):
        base_model_name (str | Unset):
        dataset (UUID | Unset):
        date_created (datetime.datetime | Unset):
        fine_tuned_model (str | Unset):
        last_modified (datetime.datetime | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        preprocess_dataset (bool | Unset):
        provider (str | Unset):
        search (str | Unset):
        status (AiFinetuningV1OrgUserTrainingsListStatus | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedTrainingList
    """

    return (
        await asyncio_detailed(
            org,
            username,
            base_model_name=base_model_name,
            dataset=dataset,
            date_created=date_created,
            fine_tuned_model=fine_tuned_model,
            last_modified=last_modified,
            ordering=ordering,
            page=page,
            page_size=page_size,
            preprocess_dataset=preprocess_dataset,
            provider=provider,
            search=search,
            status=status,
            client=client,
        )
    ).unwrap()
