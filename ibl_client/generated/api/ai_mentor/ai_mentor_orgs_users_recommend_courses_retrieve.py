from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.recommend_course_response import RecommendCourseResponse
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_recommend_courses_retrieve"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    include_learner_skills: bool | Unset = UNSET,
    include_main_courses: bool | Unset = UNSET,
    rank_by_difficulty: bool | Unset = UNSET,
    return_course_data: bool | Unset = UNSET,
    return_number: int | Unset = UNSET,
    search_terms: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_learner_skills"] = include_learner_skills

    params["include_main_courses"] = include_main_courses

    params["rank_by_difficulty"] = rank_by_difficulty

    params["return_course_data"] = return_course_data

    params["return_number"] = return_number

    params["search_terms"] = search_terms

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/recommend-courses/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> RecommendCourseResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = RecommendCourseResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    include_learner_skills: bool | Unset = UNSET,
    include_main_courses: bool | Unset = UNSET,
    rank_by_difficulty: bool | Unset = UNSET,
    return_course_data: bool | Unset = UNSET,
    return_number: int | Unset = UNSET,
    search_terms: str | Unset = UNSET,
) -> Response[RecommendCourseResponse]:
    """Retrieve recommended courses for a specific user.

    Args:
    request: The HTTP request containing query parameters.
    org: The organization/tenant identifier.
    user_id: The ID of the user to get recommendations for.

    Returns:
    Response: A list of recommended courses.

    Raises:
    BadRequest: If the query parameters are invalid.
    NotFound: If the OpenAI API key for the tenant is not found.
    TooManyRequests: If rate limits are exceeded.
    ServerError: If there's an error processing the AI response.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/recommend-courses/`` (operation ``ai_mentor_orgs_users_recommend_courses_retrieve``)

    Args:
        org (str):
        user_id (str):
        include_learner_skills (bool | Unset): Include available learner skills for search
        include_main_courses (bool | Unset): Include courses from the main tenant
        rank_by_difficulty (bool | Unset): Rank by course difficulty
        return_course_data (bool | Unset): Return course data
        return_number (int | Unset): Number of courses to return
        search_terms (str | Unset): Terms to be searched

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RecommendCourseResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    include_learner_skills: bool | Unset = UNSET,
    include_main_courses: bool | Unset = UNSET,
    rank_by_difficulty: bool | Unset = UNSET,
    return_course_data: bool | Unset = UNSET,
    return_number: int | Unset = UNSET,
    search_terms: str | Unset = UNSET,
) -> RecommendCourseResponse:
    """Retrieve recommended courses for a specific user.

    Args:
    request: The HTTP request containing query parameters.
    org: The organization/tenant identifier.
    user_id: The ID of the user to get recommendations for.

    Returns:
    Response: A list of recommended courses.

    Raises:
    BadRequest: If the query parameters are invalid.
    NotFound: If the OpenAI API key for the tenant is not found.
    TooManyRequests: If rate limits are exceeded.
    ServerError: If there's an error processing the AI response.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/recommend-courses/`` (operation ``ai_mentor_orgs_users_recommend_courses_retrieve``)

    Args:
        org (str):
        user_id (str):
        include_learner_skills (bool | Unset): Include available learner skills for search
        include_main_courses (bool | Unset): Include courses from the main tenant
        rank_by_difficulty (bool | Unset): Rank by course difficulty
        return_course_data (bool | Unset): Return course data
        return_number (int | Unset): Number of courses to return
        search_terms (str | Unset): Terms to be searched

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RecommendCourseResponse
    """

    return sync_detailed(
        org,
        user_id,
        include_learner_skills=include_learner_skills,
        include_main_courses=include_main_courses,
        rank_by_difficulty=rank_by_difficulty,
        return_course_data=return_course_data,
        return_number=return_number,
        search_terms=search_terms,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    include_learner_skills: bool | Unset = UNSET,
    include_main_courses: bool | Unset = UNSET,
    rank_by_difficulty: bool | Unset = UNSET,
    return_course_data: bool | Unset = UNSET,
    return_number: int | Unset = UNSET,
    search_terms: str | Unset = UNSET,
) -> Response[RecommendCourseResponse]:
    """Retrieve recommended courses for a specific user.

    Args:
    request: The HTTP request containing query parameters.
    org: The organization/tenant identifier.
    user_id: The ID of the user to get recommendations for.

    Returns:
    Response: A list of recommended courses.

    Raises:
    BadRequest: If the query parameters are invalid.
    NotFound: If the OpenAI API key for the tenant is not found.
    TooManyRequests: If rate limits are exceeded.
    ServerError: If there's an error processing the AI response.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/recommend-courses/`` (operation ``ai_mentor_orgs_users_recommend_courses_retrieve``)

    Args:
        org (str):
        user_id (str):
        include_learner_skills (bool | Unset): Include available learner skills for search
        include_main_courses (bool | Unset): Include courses from the main tenant
        rank_by_difficulty (bool | Unset): Rank by course difficulty
        return_course_data (bool | Unset): Return course data
        return_number (int | Unset): Number of courses to return
        search_terms (str | Unset): Terms to be searched

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RecommendCourseResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    include_learner_skills: bool | Unset = UNSET,
    include_main_courses: bool | Unset = UNSET,
    rank_by_difficulty: bool | Unset = UNSET,
    return_course_data: bool | Unset = UNSET,
    return_number: int | Unset = UNSET,
    search_terms: str | Unset = UNSET,
) -> RecommendCourseResponse:
    """Retrieve recommended courses for a specific user.

    Args:
    request: The HTTP request containing query parameters.
    org: The organization/tenant identifier.
    user_id: The ID of the user to get recommendations for.

    Returns:
    Response: A list of recommended courses.

    Raises:
    BadRequest: If the query parameters are invalid.
    NotFound: If the OpenAI API key for the tenant is not found.
    TooManyRequests: If rate limits are exceeded.
    ServerError: If there's an error processing the AI response.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/recommend-courses/`` (operation ``ai_mentor_orgs_users_recommend_courses_retrieve``)

    Args:
        org (str):
        user_id (str):
        include_learner_skills (bool | Unset): Include available learner skills for search
        include_main_courses (bool | Unset): Include courses from the main tenant
        rank_by_difficulty (bool | Unset): Rank by course difficulty
        return_course_data (bool | Unset): Return course data
        return_number (int | Unset): Number of courses to return
        search_terms (str | Unset): Terms to be searched

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RecommendCourseResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            include_learner_skills=include_learner_skills,
            include_main_courses=include_main_courses,
            rank_by_difficulty=rank_by_difficulty,
            return_course_data=return_course_data,
            return_number=return_number,
            search_terms=search_terms,
            client=client,
        )
    ).unwrap()
