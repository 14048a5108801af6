from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_analytics_perlearner_orgs_users_info_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat,
)
from ...models.ai_analytics_perlearner_orgs_users_info_retrieve_meta import (
    AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta,
)
from ...models.learner_information_api import LearnerInformationAPI
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_perlearner_orgs_users_info_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LearnerInformationAPI,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    json_meta: str | Unset = UNSET
    if not isinstance(meta, Unset):
        json_meta = meta

    params["meta"] = json_meta

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/info".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> LearnerInformationAPI | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = LearnerInformationAPI.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[LearnerInformationAPI]:
    """Retrieve detailed information about a specific learner.

    This endpoint returns personal and activity information about a learner, including profile data,
    activity metrics, and location information.

    Path Parameters:
    user_id (str): The username or email of the learner

    Query Parameters:
    meta (bool): Include additional analytics information when true

    Returns:
    Detailed learner information including:
    - Profile data (username, name, email)
    - Registration and activity dates
    - Activity metrics (assessments, time spent, videos watched)
    - Location and browser information (when available)

    Access Control:
    - Platform admins can access any learner
    - Learners can access their own information
    - Department admins can access learners in their departments

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/info`` (operation ``ai_analytics_perlearner_orgs_users_info_retrieve``)

    Args:
        org (str):
        user_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        meta (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LearnerInformationAPI]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
    search: str | Unset = UNSET,
) -> LearnerInformationAPI:
    """Retrieve detailed information about a specific learner.

    This endpoint returns personal and activity information about a learner, including profile data,
    activity metrics, and location information.

    Path Parameters:
    user_id (str): The username or email of the learner

    Query Parameters:
    meta (bool): Include additional analytics information when true

    Returns:
    Detailed learner information including:
    - Profile data (username, name, email)
    - Registration and activity dates
    - Activity metrics (assessments, time spent, videos watched)
    - Location and browser information (when available)

    Access Control:
    - Platform admins can access any learner
    - Learners can access their own information
    - Department admins can access learners in their departments

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/info`` (operation ``ai_analytics_perlearner_orgs_users_info_retrieve``)

    Args:
        org (str):
        user_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        meta (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LearnerInformationAPI
    """

    return sync_detailed(
        org,
        user_id,
        department_id=department_id,
        format_=format_,
        include_main_platform=include_main_platform,
        meta=meta,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[LearnerInformationAPI]:
    """Retrieve detailed information about a specific learner.

    This endpoint returns personal and activity information about a learner, including profile data,
    activity metrics, and location information.

    Path Parameters:
    user_id (str): The username or email of the learner

    Query Parameters:
    meta (bool): Include additional analytics information when true

    Returns:
    Detailed learner information including:
    - Profile data (username, name, email)
    - Registration and activity dates
    - Activity metrics (assessments, time spent, videos watched)
    - Location and browser information (when available)

    Access Control:
    - Platform admins can access any learner
    - Learners can access their own information
    - Department admins can access learners in their departments

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/info`` (operation ``ai_analytics_perlearner_orgs_users_info_retrieve``)

    Args:
        org (str):
        user_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        meta (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LearnerInformationAPI]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
    search: str | Unset = UNSET,
) -> LearnerInformationAPI:
    """Retrieve detailed information about a specific learner.

    This endpoint returns personal and activity information about a learner, including profile data,
    activity metrics, and location information.

    Path Parameters:
    user_id (str): The username or email of the learner

    Query Parameters:
    meta (bool): Include additional analytics information when true

    Returns:
    Detailed learner information including:
    - Profile data (username, name, email)
    - Registration and activity dates
    - Activity metrics (assessments, time spent, videos watched)
    - Location and browser information (when available)

    Access Control:
    - Platform admins can access any learner
    - Learners can access their own information
    - Department admins can access learners in their departments

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/info`` (operation ``ai_analytics_perlearner_orgs_users_info_retrieve``)

    Args:
        org (str):
        user_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        meta (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LearnerInformationAPI
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
            client=client,
        )
    ).unwrap()
