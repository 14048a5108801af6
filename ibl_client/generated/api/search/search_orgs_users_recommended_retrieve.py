from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.recommended_courses_response import RecommendedCoursesResponse
from ...types import UNSET, Unset

OPERATION_ID = "search_orgs_users_recommended_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: RecommendedCoursesResponse,
}


def _get_kwargs(
    org: str,
    username: str,
    *,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    role_id: str | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_certificate: list[str] | Unset = UNSET
    if not isinstance(certificate, Unset):
        json_certificate = certificate

    params["certificate"] = json_certificate

    json_content: list[str] | Unset = UNSET
    if not isinstance(content, Unset):
        json_content = content

    params["content"] = json_content

    params["course_id"] = course_id

    json_duration: list[str] | Unset = UNSET
    if not isinstance(duration, Unset):
        json_duration = duration

    params["duration"] = json_duration

    json_language: list[str] | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language

    params["language"] = json_language

    json_level: list[str] | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level

    params["level"] = json_level

    params["limit"] = limit

    params["offset"] = offset

    params["pathway_id"] = pathway_id

    params["price"] = price

    params["program_id"] = program_id

    json_program_type: list[str] | Unset = UNSET
    if not isinstance(program_type, Unset):
        json_program_type = program_type

    params["program_type"] = json_program_type

    params["query"] = query

    params["resource_id"] = resource_id

    json_resource_type: list[str] | Unset = UNSET
    if not isinstance(resource_type, Unset):
        json_resource_type = resource_type

    params["resource_type"] = json_resource_type

    params["role_id"] = role_id

    json_self_paced: list[str] | Unset = UNSET
    if not isinstance(self_paced, Unset):
        json_self_paced = self_paced

    params["self_paced"] = json_self_paced

    params["skill_id"] = skill_id

    json_skills: list[str] | Unset = UNSET
    if not isinstance(skills, Unset):
        json_skills = skills

    params["skills"] = json_skills

    json_subject: list[str] | Unset = UNSET
    if not isinstance(subject, Unset):
        json_subject = subject

    params["subject"] = json_subject

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["tenant"] = tenant

    json_topics: list[str] | Unset = UNSET
    if not isinstance(topics, Unset):
        json_topics = topics

    params["topics"] = json_topics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/search/orgs/{org}/users/{username}/recommended/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> RecommendedCoursesResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = RecommendedCoursesResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    role_id: str | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
) -> Response[RecommendedCoursesResponse]:
    """Determine whether to serve a detail view or a list view.

    ``GET /api/search/orgs/{org}/users/{username}/recommended/`` (operation ``search_orgs_users_recommended_retrieve``)

    Args:
        org (str):
        username (str):
        certificate (list[str] | Unset):
        content (list[str] | Unset):
        course_id (str | Unset):
        duration (list[str] | Unset):
        language (list[str] | Unset):
        level (list[str] | Unset):
        limit (int | Unset):
        offset (int | Unset):
        pathway_id (str | Unset):
        price (str | Unset):
        program_id (str | Unset):
        program_type (list[str] | Unset):
        query (str | Unset):
        resource_id (str | Unset):
        resource_type (list[str] | Unset):
        role_id (str | Unset):
        self_paced (list[str] | Unset):
        skill_id (str | Unset):
        skills (list[str] | Unset):
        subject (list[str] | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        topics (list[str] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RecommendedCoursesResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            query=query,
            resource_id=resource_id,
            resource_type=resource_type,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    *,
    client: Client,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    role_id: str | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
) -> RecommendedCoursesResponse:
    """Determine whether to serve a detail view or a list view.

    ``GET /api/search/orgs/{org}/users/{username}/recommended/`` (operation ``search_orgs_users_recommended_retrieve``)

    Args:
        org (str):
        username (str):
        certificate (list[str] | Unset):
        content (list[str] | Unset):
        course_id (str | Unset):
        duration (list[str] | Unset):
        language (list[str] | Unset):
        level (list[str] | Unset):
        limit (int | Unset):
        offset (int | Unset):
        pathway_id (str | Unset):
        price (str | Unset):
        program_id (str | Unset):
        program_type (list[str] | Unset):
        query (str | Unset):
        resource_id (str | Unset):
        resource_type (list[str] | Unset):
        role_id (str | Unset):
        self_paced (list[str] | Unset):
        skill_id (str | Unset):
        skills (list[str] | Unset):
        subject (list[str] | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        topics (list[str] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RecommendedCoursesResponse
    """

    return sync_detailed(
        org,
        username,
        certificate=certificate,
        content=content,
        course_id=course_id,
        duration=duration,
        language=language,
        level=level,
        limit=limit,
        offset=offset,
        pathway_id=pathway_id,
        price=price,
        program_id=program_id,
        program_type=program_type,
        query=query,
        resource_id=resource_id,
        resource_type=resource_type,
        role_id=role_id,
        self_paced=self_paced,
        skill_id=skill_id,
        skills=skills,
        subject=subject,
        tags=tags,
        tenant=tenant,
        topics=topics,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    role_id: str | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
) -> Response[RecommendedCoursesResponse]:
    """Determine whether to serve a detail view or a list view.

    ``GET /api/search/orgs/{org}/users/{username}/recommended/`` (operation ``search_orgs_users_recommended_retrieve``)

    Args:
        org (str):
        username (str):
        certificate (list[str] | Unset):
        content (list[str] | Unset):
        course_id (str | Unset):
        duration (list[str] | Unset):
        language (list[str] | Unset):
        level (list[str] | Unset):
        limit (int | Unset):
        offset (int | Unset):
        pathway_id (str | Unset):
        price (str | Unset):
        program_id (str | Unset):
        program_type (list[str] | Unset):
        query (str | Unset):
        resource_id (str | Unset):
        resource_type (list[str] | Unset):
        role_id (str | Unset):
        self_paced (list[str] | Unset):
        skill_id (str | Unset):
        skills (list[str] | Unset):
        subject (list[str] | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        topics (list[str] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RecommendedCoursesResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            query=query,
            resource_id=resource_id,
            resource_type=resource_type,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    role_id: str | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
) -> RecommendedCoursesResponse:
    """Determine whether to serve a detail view or a list view.

    ``GET /api/search/orgs/{org}/users/{username}/recommended/`` (operation ``search_orgs_users_recommended_retrieve``)

    Args:
        org (str):
        username (str):
        certificate (list[str] | Unset):
        content (list[str] | Unset):
        course_id (str | Unset):
        duration (list[str] | Unset):
        language (list[str] | Unset):
        level (list[str] | Unset):
        limit (int | Unset):
        offset (int | Unset):
        pathway_id (str | Unset):
        price (str | Unset):
        program_id (str | Unset):
        program_type (list[str] | Unset):
        query (str | Unset):
        resource_id (str | Unset):
        resource_type (list[str] | Unset):
        role_id (str | Unset):
        self_paced (list[str] | Unset):
        skill_id (str | Unset):
        skills (list[str] | Unset):
        subject (list[str] | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        topics (list[str] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RecommendedCoursesResponse
    """

    return (
        await asyncio_detailed(
            org,
            username,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            query=query,
            resource_id=resource_id,
            resource_type=resource_type,
            role_id=role_id,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            client=client,
        )
    ).unwrap()
