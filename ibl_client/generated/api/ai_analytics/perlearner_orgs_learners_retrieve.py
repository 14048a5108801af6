import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.new_per_learner_list import NewPerLearnerList
from ...models.perlearner_orgs_learners_retrieve_format import (
    PerlearnerOrgsLearnersRetrieveFormat,
)
from ...types import UNSET, Unset

OPERATION_ID = "perlearner_orgs_learners_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "data_pagination"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: NewPerLearnerList,
}


def _get_kwargs(
    org: str,
    *,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    program: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["is_enrolled"] = is_enrolled

    params["length"] = length

    params["location"] = location

    params["page"] = page

    params["platform"] = platform

    params["program"] = program

    params["search"] = search

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/perlearner/orgs/{org}/learners".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> NewPerLearnerList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = NewPerLearnerList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    program: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[NewPerLearnerList]:
    """Enhanced API endpoint for listing learners with comprehensive filtering.

    This endpoint provides a paginated list of learners with detailed metrics and supports advanced
    filtering options. It uses DM token authentication and respects department-based access
    controls.

    Query Parameters:
    page (int): Page number for pagination
    length (int): Number of items per page
    search (str): Filter by username, email, or full name
    program (str): Filter by program
    location (str): Filter by location
    is_enrolled (bool): Filter for users with enrollments
    platform (str): Filter by platform
    start_date (date): Filter by join date (start range)
    end_date (date): Filter by join date (end range)

    Returns:
    A paginated list of learners with comprehensive metrics including:
    - Course enrollments and completions
    - Time spent on platform
    - Pathway progress
    - Certificate and skill information
    - Location data

    Access Control:
    - Platform admins can see all learners
    - Department admins can only see learners in their departments

    ``GET /api/perlearner/orgs/{org}/learners`` (operation ``perlearner_orgs_learners_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (datetime.date | Unset):
        format_ (PerlearnerOrgsLearnersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        is_enrolled (bool | Unset):
        length (int | Unset):
        location (str | Unset):
        page (int | Unset):
        platform (str | Unset):
        program (str | Unset):
        search (str | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NewPerLearnerList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    program: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> NewPerLearnerList:
    """Enhanced API endpoint for listing learners with comprehensive filtering.

    This endpoint provides a paginated list of learners with detailed metrics and supports advanced
    filtering options. It uses DM token authentication and respects department-based access
    controls.

    Query Parameters:
    page (int): Page number for pagination
    length (int): Number of items per page
    search (str): Filter by username, email, or full name
    program (str): Filter by program
    location (str): Filter by location
    is_enrolled (bool): Filter for users with enrollments
    platform (str): Filter by platform
    start_date (date): Filter by join date (start range)
    end_date (date): Filter by join date (end range)

    Returns:
    A paginated list of learners with comprehensive metrics including:
    - Course enrollments and completions
    - Time spent on platform
    - Pathway progress
    - Certificate and skill information
    - Location data

    Access Control:
    - Platform admins can see all learners
    - Department admins can only see learners in their departments

    ``GET /api/perlearner/orgs/{org}/learners`` (operation ``perlearner_orgs_learners_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (datetime.date | Unset):
        format_ (PerlearnerOrgsLearnersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        is_enrolled (bool | Unset):
        length (int | Unset):
        location (str | Unset):
        page (int | Unset):
        platform (str | Unset):
        program (str | Unset):
        search (str | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NewPerLearnerList
    """

    return sync_detailed(
        org,
        department_id=department_id,
        end_date=end_date,
        format_=format_,
        include_main_platform=include_main_platform,
        is_enrolled=is_enrolled,
        length=length,
        location=location,
        page=page,
        platform=platform,
        program=program,
        search=search,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    program: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[NewPerLearnerList]:
    """Enhanced API endpoint for listing learners with comprehensive filtering.

    This endpoint provides a paginated list of learners with detailed metrics and supports advanced
    filtering options. It uses DM token authentication and respects department-based access
    controls.

    Query Parameters:
    page (int): Page number for pagination
    length (int): Number of items per page
    search (str): Filter by username, email, or full name
    program (str): Filter by program
    location (str): Filter by location
    is_enrolled (bool): Filter for users with enrollments
    platform (str): Filter by platform
    start_date (date): Filter by join date (start range)
    end_date (date): Filter by join date (end range)

    Returns:
    A paginated list of learners with comprehensive metrics including:
    - Course enrollments and completions
    - Time spent on platform
    - Pathway progress
    - Certificate and skill information
    - Location data

    Access Control:
    - Platform admins can see all learners
    - Department admins can only see learners in their departments

    ``GET /api/perlearner/orgs/{org}/learners`` (operation ``perlearner_orgs_learners_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (datetime.date | Unset):
        format_ (PerlearnerOrgsLearnersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        is_enrolled (bool | Unset):
        length (int | Unset):
        location (str | Unset):
        page (int | Unset):
        platform (str | Unset):
        program (str | Unset):
        search (str | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[NewPerLearnerList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    is_enrolled: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    location: str | Unset = UNSET,
    page: int | Unset = UNSET,
    platform: str | Unset = UNSET,
    program: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> NewPerLearnerList:
    """Enhanced API endpoint for listing learners with comprehensive filtering.

    This endpoint provides a paginated list of learners with detailed metrics and supports advanced
    filtering options. It uses DM token authentication and respects department-based access
    controls.

    Query Parameters:
    page (int): Page number for pagination
    length (int): Number of items per page
    search (str): Filter by username, email, or full name
    program (str): Filter by program
    location (str): Filter by location
    is_enrolled (bool): Filter for users with enrollments
    platform (str): Filter by platform
    start_date (date): Filter by join date (start range)
    end_date (date): Filter by join date (end range)

    Returns:
    A paginated list of learners with comprehensive metrics including:
    - Course enrollments and completions
    - Time spent on platform
    - Pathway progress
    - Certificate and skill information
    - Location data

    Access Control:
    - Platform admins can see all learners
    - Department admins can only see learners in their departments

    ``GET /api/perlearner/orgs/{org}/learners`` (operation ``perlearner_orgs_learners_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (datetime.date | Unset):
        format_ (PerlearnerOrgsLearnersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        is_enrolled (bool | Unset):
        length (int | Unset):
        location (str | Unset):
        page (int | Unset):
        platform (str | Unset):
        program (str | Unset):
        search (str | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        NewPerLearnerList
    """

    return (
        await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
