from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.global_catalog_search_response import GlobalCatalogSearchResponse
from ...types import UNSET, Unset

OPERATION_ID = "search_catalog_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: GlobalCatalogSearchResponse,
}


def _get_kwargs(
    *,
    allow_skill_search: bool | Unset = UNSET,
    alphabetical: bool | Unset = UNSET,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_ascending: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    promotion: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    return_items: bool | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
    update_facet: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allow_skill_search"] = allow_skill_search

    params["alphabetical"] = alphabetical

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

    params["order_ascending"] = order_ascending

    params["order_by"] = order_by

    params["pathway_id"] = pathway_id

    params["price"] = price

    params["program_id"] = program_id

    json_program_type: list[str] | Unset = UNSET
    if not isinstance(program_type, Unset):
        json_program_type = program_type

    params["program_type"] = json_program_type

    json_promotion: list[str] | Unset = UNSET
    if not isinstance(promotion, Unset):
        json_promotion = promotion

    params["promotion"] = json_promotion

    params["query"] = query

    json_resource_type: list[str] | Unset = UNSET
    if not isinstance(resource_type, Unset):
        json_resource_type = resource_type

    params["resource_type"] = json_resource_type

    params["return_facet"] = return_facet

    params["return_items"] = return_items

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

    params["update_facet"] = update_facet

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/search/catalog/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> GlobalCatalogSearchResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = GlobalCatalogSearchResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    allow_skill_search: bool | Unset = UNSET,
    alphabetical: bool | Unset = UNSET,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_ascending: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    promotion: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    return_items: bool | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
    update_facet: str | Unset = UNSET,
) -> Response[GlobalCatalogSearchResponse]:
    """Search and filter content across the learning catalog.

    This endpoint provides a powerful search interface for discovering content across multiple
    content types (courses, programs, pathways, skills, roles, resources). It supports full-text
    search, faceted filtering, and pagination.

    Query Parameters:
    query (str, optional): Search term to filter content by name or description
    content (list, optional): Content types to include in results
    (courses, programs, pathways, skills, roles, resources)
    Default: ["programs", "courses", "pathways", "skills"]
    # Filtering parameters
    course_id (str, optional): Filter by specific course ID
    program_id (str, optional): Filter by specific program ID
    pathway_id (str, optional): Filter by specific pathway ID
    skill_id (str, optional): Filter by specific skill ID
    subject (list, optional): Filter by subject areas
    tenant (list, optional): Filter by tenant/organization
    topics (list, optional): Filter by topic areas
    tags (list, optional): Filter by tags
    level (list, optional): Filter by difficulty level
    self_paced (list, optional): Filter by course format (self-paced, instructor-led)
    promotion (list, optional): Filter by promotion status
    language (list, optional): Filter by content language
    certificate (list, optional): Filter by certificate type
    program_type (list, optional): Filter by program type
    duration (list, optional): Filter by course duration range
    price (str, optional): Filter by price/audit status
    resource_type (list, optional): Filter by resource type
    skills (list, optional): Filter by skills
    # Sorting and pagination
    order_by (str, optional): Field to sort results by
    order_ascending (bool, optional): Sort direction (default: false)
    alphabetical (bool, optional): Sort alphabetically by name (default: false)
    limit (int, optional): Number of results per page (default: 12, max: 100)
    offset (int, optional): Starting position for pagination
    # Response options
    return_facet (bool, optional): Include facet data in response (default: true)
    return_items (bool, optional): Include items in programs/pathways (default: false)
    allow_skill_search (bool, optional): Enable skill-based search (default: false)
    update_facet (str, optional): Force facet update

    Returns:
    A JSON response containing:
    - results: List of content items with metadata
    - count: Total number of matching items
    - next: URL for the next page of results (if available)
    - previous: URL for the previous page of results (if available)
    - current_page: Current page number
    - total_pages: Total number of pages
    - facets: Aggregated counts for each filter category (if requested)

    Each content item contains type-specific fields:
    - Courses:
    {
    "id": 123,
    "type": "course",
    "course_id": "CS101",
    "name": "Introduction to Computer Science",
    "description": "Learn the fundamentals of computer science",
    "short_description": "CS fundamentals",
    "image_url": "https://example.com/images/cs101.jpg",
    "level": "Beginner",
    "subject": "Computer Science",
    "topics": ["Programming", "Algorithms"],
    "tags": ["python", "coding"],
    "language": "English",
    "tenant": "example-university",
    "self_paced": true,
    "duration": "6 weeks",
    "certificate": "Professional Certificate",
    "price": "Free",
    "skills": [
    {"id": 1, "name": "Python Programming"},
    {"id": 2, "name": "Algorithms"}
    ],
    "url": "https://example.com/courses/cs101"
    }
    - Programs:
    {
    "id": 456,
    "type": "program",
    "program_id": "PROG123",
    "name": "Data Science Program",
    "description": "Comprehensive data science curriculum",
    "short_description": "Learn data science",
    "image_url": "https://example.com/images/datascience.jpg",
    "level": "Intermediate",
    "subject": "Data Science",
    "topics": ["Machine Learning", "Statistics"],
    "program_type": "Professional Certificate",
    "courses": [
    {"id": 123, "name": "Introduction to Python"},
    {"id": 124, "name": "Statistics for Data Science"}
    ],
    "url": "https://example.com/programs/prog123"
    }
    - Pathways:
    {
    "id": 789,
    "type": "pathway",
    "pathway_id": "PATH456",
    "name": "Software Engineering Career Path",
    "description": "Complete pathway to become a software engineer",
    "image_url": "https://example.com/images/swe-path.jpg",
    "programs": [
    {"id": 456, "name": "Programming Fundamentals"},
    {"id": 457, "name": "Web Development"}
    ],
    "url": "https://example.com/pathways/path456"
    }
    - Skills:
    {
    "id": 321,
    "type": "skill",
    "name": "Machine Learning",
    "description": "Building systems that learn from data",
    "courses": [
    {"id": 125, "name": "Machine Learning Fundamentals"}
    ],
    "related_skills": [
    {"id": 322, "name": "Deep Learning"}
    ]
    }
    - Roles:
    {
    "id": 654,
    "type": "role",
    "name": "Data Scientist",
    "description": "Professional who analyzes and interprets complex data",
    "skills": [
    {"id": 321, "name": "Machine Learning"},
    {"id": 323, "name": "Data Analysis"}
    ],
    "recommended_courses": [
    {"id": 125, "name": "Machine Learning Fundamentals"}
    ]
    }
    - Resources:
    {
    "id": 987,
    "type": "resource",
    "name": "Python Cheat Sheet",
    "description": "Quick reference guide for Python",
    "resource_type": "PDF",
    "url": "https://example.com/resources/python-cheatsheet.pdf",
    "topics": ["Programming", "Python"]
    }

    Error Responses:
    500 Internal Server Error: If an unexpected error occurs during processing

    Notes:
    - Results are cached for performance
    - The 'resources' content type is only included by default if IBL_ENABLE_RESOURCES_IN_FACET is
    true
    - For debugging, add ?debug=true to see detailed information about skill matching

    ``GET /api/search/catalog/`` (operation ``search_catalog_retrieve``)

    Args:
        allow_skill_search (bool | Unset):
        alphabetical (bool | Unset):
        certificate (list[str] | Unset):
        content (list[str] | Unset):
        course_id (str | Unset):
        duration (list[str] | Unset):
        language (list[str] | Unset):
        level (list[str] | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_ascending (bool | Unset):
        order_by (str | Unset):
        pathway_id (str | Unset):
        price (str | Unset):
        program_id (str | Unset):
        program_type (list[str] | Unset):
        promotion (list[str] | Unset):
        query (str | Unset):
        resource_type (list[str] | Unset):
        return_facet (bool | Unset):
        return_items (bool | Unset):
        self_paced (list[str] | Unset):
        skill_id (str | Unset):
        skills (list[str] | Unset):
        subject (list[str] | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        topics (list[str] | Unset):
        update_facet (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[GlobalCatalogSearchResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    allow_skill_search: bool | Unset = UNSET,
    alphabetical: bool | Unset = UNSET,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_ascending: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    promotion: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    return_items: bool | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
    update_facet: str | Unset = UNSET,
) -> GlobalCatalogSearchResponse:
    """Search and filter content across the learning catalog.

    This endpoint provides a powerful search interface for discovering content across multiple
    content types (courses, programs, pathways, skills, roles, resources). It supports full-text
    search, faceted filtering, and pagination.

    Query Parameters:
    query (str, optional): Search term to filter content by name or description
    content (list, optional): Content types to include in results
    (courses, programs, pathways, skills, roles, resources)
    Default: ["programs", "courses", "pathways", "skills"]
    # Filtering parameters
    course_id (str, optional): Filter by specific course ID
    program_id (str, optional): Filter by specific program ID
    pathway_id (str, optional): Filter by specific pathway ID
    skill_id (str, optional): Filter by specific skill ID
    subject (list, optional): Filter by subject areas
    tenant (list, optional): Filter by tenant/organization
    topics (list, optional): Filter by topic areas
    tags (list, optional): Filter by tags
    level (list, optional): Filter by difficulty level
    self_paced (list, optional): Filter by course format (self-paced, instructor-led)
    promotion (list, optional): Filter by promotion status
    language (list, optional): Filter by content language
    certificate (list, optional): Filter by certificate type
    program_type (list, optional): Filter by program type
    duration (list, optional): Filter by course duration range
    price (str, optional): Filter by price/audit status
    resource_type (list, optional): Filter by resource type
    skills (list, optional): Filter by skills
    # Sorting and pagination
    order_by (str, optional): Field to sort results by
    order_ascending (bool, optional): Sort direction (default: false)
    alphabetical (bool, optional): Sort alphabetically by name (default: false)
    limit (int, optional): Number of results per page (default: 12, max: 100)
    offset (int, optional): Starting position for pagination
    # Response options
    return_facet (bool, optional): Include facet data in response (default: true)
    return_items (bool, optional): Include items in programs/pathways (default: false)
    allow_skill_search (bool, optional): Enable skill-based search (default: false)
    update_facet (str, optional): Force facet update

    Returns:
    A JSON response containing:
    - results: List of content items with metadata
    - count: Total number of matching items
    - next: URL for the next page of results (if available)
    - previous: URL for the previous page of results (if available)
    - current_page: Current page number
    - total_pages: Total number of pages
    - facets: Aggregated counts for each filter category (if requested)

    Each content item contains type-specific fields:
    - Courses:
    {
    "id": 123,
    "type": "course",
    "course_id": "CS101",
    "name": "Introduction to Computer Science",
    "description": "Learn the fundamentals of computer science",
    "short_description": "CS fundamentals",
    "image_url": "https://example.com/images/cs101.jpg",
    "level": "Beginner",
    "subject": "Computer Science",
    "topics": ["Programming", "Algorithms"],
    "tags": ["python", "coding"],
    "language": "English",
    "tenant": "example-university",
    "self_paced": true,
    "duration": "6 weeks",
    "certificate": "Professional Certificate",
    "price": "Free",
    "skills": [
    {"id": 1, "name": "Python Programming"},
    {"id": 2, "name": "Algorithms"}
    ],
    "url": "https://example.com/courses/cs101"
    }
    - Programs:
    {
    "id": 456,
    "type": "program",
    "program_id": "PROG123",
    "name": "Data Science Program",
    "description": "Comprehensive data science curriculum",
    "short_description": "Learn data science",
    "image_url": "https://example.com/images/datascience.jpg",
    "level": "Intermediate",
    "subject": "Data Science",
    "topics": ["Machine Learning", "Statistics"],
    "program_type": "Professional Certificate",
    "courses": [
    {"id": 123, "name": "Introduction to Python"},
    {"id": 124, "name": "Statistics for Data Science"}
    ],
    "url": "https://example.com/programs/prog123"
    }
    - Pathways:
    {
    "id": 789,
    "type": "pathway",
    "pathway_id": "PATH456",
    "name": "Software Engineering Career Path",
    "description": "Complete pathway to become a software engineer",
    "image_url": "https://example.com/images/swe-path.jpg",
    "programs": [
    {"id": 456, "name": "Programming Fundamentals"},
    {"id": 457, "name": "Web Development"}
    ],
    "url": "https://example.com/pathways/path456"
    }
    - Skills:
    {
    "id": 321,
    "type": "skill",
    "name": "Machine Learning",
    "description": "Building systems that learn from data",
    "courses": [
    {"id": 125, "name": "Machine Learning Fundamentals"}
    ],
    "related_skills": [
    {"id": 322, "name": "Deep Learning"}
    ]
    }
    - Roles:
    {
    "id": 654,
    "type": "role",
    "name": "Data Scientist",
    "description": "Professional who analyzes and interprets complex data",
    "skills": [
    {"id": 321, "name": "Machine Learning"},
    {"id": 323, "name": "Data Analysis"}
    ],
    "recommended_courses": [
    {"id": 125, "name": "Machine Learning Fundamentals"}
    ]
    }
    - Resources:
    {
    "id": 987,
    "type": "resource",
    "name": "Python Cheat Sheet",
    "description": "Quick reference guide for Python",
    "resource_type": "PDF",
    "url": "https://example.com/resources/python-cheatsheet.pdf",
    "topics": ["Programming", "Python"]
    }

    Error Responses:
    500 Internal Server Error: If an unexpected error occurs during processing

    Notes:
    - Results are cached for performance
    - The 'resources' content type is only included by default if IBL_ENABLE_RESOURCES_IN_FACET is
    true
    - For debugging, add ?debug=true to see detailed information about skill matching

    ``GET /api/search/catalog/`` (operation ``search_catalog_retrieve``)

    Args:
        allow_skill_search (bool | Unset):
        alphabetical (bool | Unset):
        certificate (list[str] | Unset):
        content (list[str] | Unset):
        course_id (str | Unset):
        duration (list[str] | Unset):
        language (list[str] | Unset):
        level (list[str] | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_ascending (bool | Unset):
        order_by (str | Unset):
        pathway_id (str | Unset):
        price (str | Unset):
        program_id (str | Unset):
        program_type (list[str] | Unset):
        promotion (list[str] | Unset):
        query (str | Unset):
        resource_type (list[str] | Unset):
        return_facet (bool | Unset):
        return_items (bool | Unset):
        self_paced (list[str] | Unset):
        skill_id (str | Unset):
        skills (list[str] | Unset):
        subject (list[str] | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        topics (list[str] | Unset):
        update_facet (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        GlobalCatalogSearchResponse
    """

    return sync_detailed(
        allow_skill_search=allow_skill_search,
        alphabetical=alphabetical,
        certificate=certificate,
        content=content,
        course_id=course_id,
        duration=duration,
        language=language,
        level=level,
        limit=limit,
        offset=offset,
        order_ascending=order_ascending,
        order_by=order_by,
        pathway_id=pathway_id,
        price=price,
        program_id=program_id,
        program_type=program_type,
        promotion=promotion,
        query=query,
        resource_type=resource_type,
        return_facet=return_facet,
        return_items=return_items,
        self_paced=self_paced,
        skill_id=skill_id,
        skills=skills,
        subject=subject,
        tags=tags,
        tenant=tenant,
        topics=topics,
        update_facet=update_facet,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    allow_skill_search: bool | Unset = UNSET,
    alphabetical: bool | Unset = UNSET,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_ascending: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    promotion: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    return_items: bool | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
    update_facet: str | Unset = UNSET,
) -> Response[GlobalCatalogSearchResponse]:
    """Search and filter content across the learning catalog.

    This endpoint provides a powerful search interface for discovering content across multiple
    content types (courses, programs, pathways, skills, roles, resources). It supports full-text
    search, faceted filtering, and pagination.

    Query Parameters:
    query (str, optional): Search term to filter content by name or description
    content (list, optional): Content types to include in results
    (courses, programs, pathways, skills, roles, resources)
    Default: ["programs", "courses", "pathways", "skills"]
    # Filtering parameters
    course_id (str, optional): Filter by specific course ID
    program_id (str, optional): Filter by specific program ID
    pathway_id (str, optional): Filter by specific pathway ID
    skill_id (str, optional): Filter by specific skill ID
    subject (list, optional): Filter by subject areas
    tenant (list, optional): Filter by tenant/organization
    topics (list, optional): Filter by topic areas
    tags (list, optional): Filter by tags
    level (list, optional): Filter by difficulty level
    self_paced (list, optional): Filter by course format (self-paced, instructor-led)
    promotion (list, optional): Filter by promotion status
    language (list, optional): Filter by content language
    certificate (list, optional): Filter by certificate type
    program_type (list, optional): Filter by program type
    duration (list, optional): Filter by course duration range
    price (str, optional): Filter by price/audit status
    resource_type (list, optional): Filter by resource type
    skills (list, optional): Filter by skills
    # Sorting and pagination
    order_by (str, optional): Field to sort results by
    order_ascending (bool, optional): Sort direction (default: false)
    alphabetical (bool, optional): Sort alphabetically by name (default: false)
    limit (int, optional): Number of results per page (default: 12, max: 100)
    offset (int, optional): Starting position for pagination
    # Response options
    return_facet (bool, optional): Include facet data in response (default: true)
    return_items (bool, optional): Include items in programs/pathways (default: false)
    allow_skill_search (bool, optional): Enable skill-based search (default: false)
    update_facet (str, optional): Force facet update

    Returns:
    A JSON response containing:
    - results: List of content items with metadata
    - count: Total number of matching items
    - next: URL for the next page of results (if available)
    - previous: URL for the previous page of results (if available)
    - current_page: Current page number
    - total_pages: Total number of pages
    - facets: Aggregated counts for each filter category (if requested)

    Each content item contains type-specific fields:
    - Courses:
    {
    "id": 123,
    "type": "course",
    "course_id": "CS101",
    "name": "Introduction to Computer Science",
    "description": "Learn the fundamentals of computer science",
    "short_description": "CS fundamentals",
    "image_url": "https://example.com/images/cs101.jpg",
    "level": "Beginner",
    "subject": "Computer Science",
    "topics": ["Programming", "Algorithms"],
    "tags": ["python", "coding"],
    "language": "English",
    "tenant": "example-university",
    "self_paced": true,
    "duration": "6 weeks",
    "certificate": "Professional Certificate",
    "price": "Free",
    "skills": [
    {"id": 1, "name": "Python Programming"},
    {"id": 2, "name": "Algorithms"}
    ],
    "url": "https://example.com/courses/cs101"
    }
    - Programs:
    {
    "id": 456,
    "type": "program",
    "program_id": "PROG123",
    "name": "Data Science Program",
    "description": "Comprehensive data science curriculum",
    "short_description": "Learn data science",
    "image_url": "https://example.com/images/datascience.jpg",
    "level": "Intermediate",
    "subject": "Data Science",
    "topics": ["Machine Learning", "Statistics"],
    "program_type": "Professional Certificate",
    "courses": [
    {"id": 123, "name": "Introduction to Python"},
    {"id": 124, "name": "Statistics for Data Science"}
    ],
    "url": "https://example.com/programs/prog123"
    }
    - Pathways:
    {
    "id": 789,
    "type": "pathway",
    "pathway_id": "PATH456",
    "name": "Software Engineering Career Path",
    "description": "Complete pathway to become a software engineer",
    "image_url": "https://example.com/images/swe-path.jpg",
    "programs": [
    {"id": 456, "name": "Programming Fundamentals"},
    {"id": 457, "name": "Web Development"}
    ],
    "url": "https://example.com/pathways/path456"
    }
    - Skills:
    {
    "id": 321,
    "type": "skill",
    "name": "Machine Learning",
    "description": "Building systems that learn from data",
    "courses": [
    {"id": 125, "name": "Machine Learning Fundamentals"}
    ],
    "related_skills": [
    {"id": 322, "name": "Deep Learning"}
    ]
    }
    - Roles:
    {
    "id": 654,
    "type": "role",
    "name": "Data Scientist",
    "description": "Professional who analyzes and interprets complex data",
    "skills": [
    {"id": 321, "name": "Machine Learning"},
    {"id": 323, "name": "Data Analysis"}
    ],
    "recommended_courses": [
    {"id": 125, "name": "Machine Learning Fundamentals"}
    ]
    }
    - Resources:
    {
    "id": 987,
    "type": "resource",
    "name": "Python Cheat Sheet",
    "description": "Quick reference guide for Python",
    "resource_type": "PDF",
    "url": "https://example.com/resources/python-cheatsheet.pdf",
    "topics": ["Programming", "Python"]
    }

    Error Responses:
    500 Internal Server Error: If an unexpected error occurs during processing

    Notes:
    - Results are cached for performance
    - The 'resources' content type is only included by default if IBL_ENABLE_RESOURCES_IN_FACET is
    true
    - For debugging, add ?debug=true to see detailed information about skill matching

    ``GET /api/search/catalog/`` (operation ``search_catalog_retrieve``)

    Args:
        allow_skill_search (bool | Unset):
        alphabetical (bool | Unset):
        certificate (list[str] | Unset):
        content (list[str] | Unset):
        course_id (str | Unset):
        duration (list[str] | Unset):
        language (list[str] | Unset):
        level (list[str] | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_ascending (bool | Unset):
        order_by (str | Unset):
        pathway_id (str | Unset):
        price (str | Unset):
        program_id (str | Unset):
        program_type (list[str] | Unset):
        promotion (list[str] | Unset):
        query (str | Unset):
        resource_type (list[str] | Unset):
        return_facet (bool | Unset):
        return_items (bool | Unset):
        self_paced (list[str] | Unset):
        skill_id (str | Unset):
        skills (list[str] | Unset):
        subject (list[str] | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        topics (list[str] | Unset):
        update_facet (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[GlobalCatalogSearchResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    allow_skill_search: bool | Unset = UNSET,
    alphabetical: bool | Unset = UNSET,
    certificate: list[str] | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    course_id: str | Unset = UNSET,
    duration: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    level: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_ascending: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    price: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: list[str] | Unset = UNSET,
    promotion: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    resource_type: list[str] | Unset = UNSET,
    return_facet: bool | Unset = UNSET,
    return_items: bool | Unset = UNSET,
    self_paced: list[str] | Unset = UNSET,
    skill_id: str | Unset = UNSET,
    skills: list[str] | Unset = UNSET,
    subject: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tenant: str | Unset = UNSET,
    topics: list[str] | Unset = UNSET,
    update_facet: str | Unset = UNSET,
) -> GlobalCatalogSearchResponse:
    """Search and filter content across the learning catalog.

    This endpoint provides a powerful search interface for discovering content across multiple
    content types (courses, programs, pathways, skills, roles, resources). It supports full-text
    search, faceted filtering, and pagination.

    Query Parameters:
    query (str, optional): Search term to filter content by name or description
    content (list, optional): Content types to include in results
    (courses, programs, pathways, skills, roles, resources)
    Default: ["programs", "courses", "pathways", "skills"]
    # Filtering parameters
    course_id (str, optional): Filter by specific course ID
    program_id (str, optional): Filter by specific program ID
    pathway_id (str, optional): Filter by specific pathway ID
    skill_id (str, optional): Filter by specific skill ID
    subject (list, optional): Filter by subject areas
    tenant (list, optional): Filter by tenant/organization
    topics (list, optional): Filter by topic areas
    tags (list, optional): Filter by tags
    level (list, optional): Filter by difficulty level
    self_paced (list, optional): Filter by course format (self-paced, instructor-led)
    promotion (list, optional): Filter by promotion status
    language (list, optional): Filter by content language
    certificate (list, optional): Filter by certificate type
    program_type (list, optional): Filter by program type
    duration (list, optional): Filter by course duration range
    price (str, optional): Filter by price/audit status
    resource_type (list, optional): Filter by resource type
    skills (list, optional): Filter by skills
    # Sorting and pagination
    order_by (str, optional): Field to sort results by
    order_ascending (bool, optional): Sort direction (default: false)
    alphabetical (bool, optional): Sort alphabetically by name (default: false)
    limit (int, optional): Number of results per page (default: 12, max: 100)
    offset (int, optional): Starting position for pagination
    # Response options
    return_facet (bool, optional): Include facet data in response (default: true)
    return_items (bool, optional): Include items in programs/pathways (default: false)
    allow_skill_search (bool, optional): Enable skill-based search (default: false)
    update_facet (str, optional): Force facet update

    Returns:
    A JSON response containing:
    - results: List of content items with metadata
    - count: Total number of matching items
    - next: URL for the next page of results (if available)
    - previous: URL for the previous page of results (if available)
    - current_page: Current page number
    - total_pages: Total number of pages
    - facets: Aggregated counts for each filter category (if requested)

    Each content item contains type-specific fields:
    - Courses:
    {
    "id": 123,
    "type": "course",
    "course_id": "CS101",
    "name": "Introduction to Computer Science",
    "description": "Learn the fundamentals of computer science",
    "short_description": "CS fundamentals",
    "image_url": "https://example.com/images/cs101.jpg",
    "level": "Beginner",
    "subject": "Computer Science",
    "topics": ["Programming", "Algorithms"],
    "tags": ["python", "coding"],
    "language": "English",
    "tenant": "example-university",
    "self_paced": true,
    "duration": "6 weeks",
    "certificate": "Professional Certificate",
    "price": "Free",
    "skills": [
    {"id": 1, "name": "Python Programming"},
    {"id": 2, "name": "Algorithms"}
    ],
    "url": "https://example.com/courses/cs101"
    }
    - Programs:
    {
    "id": 456,
    "type": "program",
    "program_id": "PROG123",
    "name": "Data Science Program",
    "description": "Comprehensive data science curriculum",
    "short_description": "Learn data science",
    "image_url": "https://example.com/images/datascience.jpg",
    "level": "Intermediate",
    "subject": "Data Science",
    "topics": ["Machine Learning", "Statistics"],
    "program_type": "Professional Certificate",
    "courses": [
    {"id": 123, "name": "Introduction to Python"},
    {"id": 124, "name": "Statistics for Data Science"}
    ],
    "url": "https://example.com/programs/prog123"
    }
    - Pathways:
    {
    "id": 789,
    "type": "pathway",
    "pathway_id": "PATH456",
    "name": "Software Engineering Career Path",
    "description": "Complete pathway to become a software engineer",
    "image_url": "https://example.com/images/swe-path.jpg",
    "programs": [
    {"id": 456, "name": "Programming Fundamentals"},
    {"id": 457, "name": "Web Development"}
    ],
    "url": "https://example.com/pathways/path456"
    }
    - Skills:
    {
    "id": 321,
    "type": "skill",
    "name": "Machine Learning",
    "description": "Building systems that learn from data",
    "courses": [
    {"id": 125, "name": "Machine Learning Fundamentals"}
    ],
    "related_skills": [
    {"id": 322, "name": "Deep Learning"}
    ]
    }
    - Roles:
    {
    "id": 654,
    "type": "role",
    "name": "Data Scientist",
    "description": "Professional who analyzes and interprets complex data",
    "skills": [
    {"id": 321, "name": "Machine Learning"},
    {"id": 323, "name": "Data Analysis"}
    ],
    "recommended_courses": [
    {"id": 125, "name": "Machine Learning Fundamentals"}
    ]
    }
    - Resources:
    {
    "id": 987,
    "type": "resource",
    "name": "Python Cheat Sheet",
    "description": "Quick reference guide for Python",
    "resource_type": "PDF",
    "url": "https://example.com/resources/python-cheatsheet.pdf",
    "topics": ["Programming", "Python"]
    }

    Error Responses:
    500 Internal Server Error: If an unexpected error occurs during processing

    Notes:
    - Results are cached for performance
    - The 'resources' content type is only included by default if IBL_ENABLE_RESOURCES_IN_FACET is
    true
    - For debugging, add ?debug=true to see detailed information about skill matching

    ``GET /api/search/catalog/`` (operation ``search_catalog_retrieve``)

    Args:
        allow_skill_search (bool | Unset):
        alphabetical (bool | Unset):
        certificate (list[str] | Unset):
        content (list[str] | Unset):
        course_id (str | Unset):
        duration (list[str] | Unset):
        language (list[str] | Unset):
        level (list[str] | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_ascending (bool | Unset):
        order_by (str | Unset):
        pathway_id (str | Unset):
        price (str | Unset):
        program_id (str | Unset):
        program_type (list[str] | Unset):
        promotion (list[str] | Unset):
        query (str | Unset):
        resource_type (list[str] | Unset):
        return_facet (bool | Unset):
        return_items (bool | Unset):
        self_paced (list[str] | Unset):
        skill_id (str | Unset):
        skills (list[str] | Unset):
        subject (list[str] | Unset):
        tags (list[str] | Unset):
        tenant (str | Unset):
        topics (list[str] | Unset):
        update_facet (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        GlobalCatalogSearchResponse
    """

    return (
        await asyncio_detailed(
            allow_skill_search=allow_skill_search,
            alphabetical=alphabetical,
            certificate=certificate,
            content=content,
            course_id=course_id,
            duration=duration,
            language=language,
            level=level,
            limit=limit,
            offset=offset,
            order_ascending=order_ascending,
            order_by=order_by,
            pathway_id=pathway_id,
            price=price,
            program_id=program_id,
            program_type=program_type,
            promotion=promotion,
            query=query,
            resource_type=resource_type,
            return_facet=return_facet,
            return_items=return_items,
            self_paced=self_paced,
            skill_id=skill_id,
            skills=skills,
            subject=subject,
            tags=tags,
            tenant=tenant,
            topics=topics,
            update_facet=update_facet,
            client=client,
        )
    ).unwrap()
