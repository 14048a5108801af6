from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_search_response import UserSearchResponse
from ...types import UNSET, Unset

OPERATION_ID = "search_users_orgs_users_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserSearchResponse,
}


def _get_kwargs(
    org: str,
    username: str,
    *,
    department: list[str] | Unset = UNSET,
    education_degree: str | Unset = UNSET,
    education_field_of_study: str | Unset = UNSET,
    education_institution: str | Unset = UNSET,
    include_membership_data: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    user_resume_company: str | Unset = UNSET,
    user_resume_industry: str | Unset = UNSET,
    user_resume_job_title: str | Unset = UNSET,
    user_resume_location: str | Unset = UNSET,
    user_resume_skills: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_department: list[str] | Unset = UNSET
    if not isinstance(department, Unset):
        json_department = department

    params["department"] = json_department

    params["education__degree"] = education_degree

    params["education__field_of_study"] = education_field_of_study

    params["education__institution"] = education_institution

    params["include_membership_data"] = include_membership_data

    params["limit"] = limit

    params["offset"] = offset

    params["q"] = q

    params["user_resume__company"] = user_resume_company

    params["user_resume__industry"] = user_resume_industry

    params["user_resume__job_title"] = user_resume_job_title

    params["user_resume__location"] = user_resume_location

    params["user_resume__skills"] = user_resume_skills

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/search/users/orgs/{org}/users/{username}/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserSearchResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserSearchResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
    department: list[str] | Unset = UNSET,
    education_degree: str | Unset = UNSET,
    education_field_of_study: str | Unset = UNSET,
    education_institution: str | Unset = UNSET,
    include_membership_data: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    user_resume_company: str | Unset = UNSET,
    user_resume_industry: str | Unset = UNSET,
    user_resume_job_title: str | Unset = UNSET,
    user_resume_location: str | Unset = UNSET,
    user_resume_skills: str | Unset = UNSET,
) -> Response[UserSearchResponse]:
    """Search and filter users within a specific organization/tenant.

    This endpoint provides a search interface for discovering users within an organization, with
    support for filtering by departments, pagination, and faceted filtering.

    Path Parameters:
    org (str): The organization/tenant identifier
    username (str): The username of the user making the request

    Query Parameters:
    # Search parameters
    query (str, optional): Search term to filter users by name, username, or email
    # Department filtering
    department_mode (bool, optional): Enable department-based filtering (default: false)
    user_department (bool, optional): Legacy parameter for department_mode (default: false)
    department (list, optional): Filter by specific departments
    # Additional filters
    role (list, optional): Filter by user role
    status (list, optional): Filter by user status (active, inactive)
    joined_date (list, optional): Filter by join date range
    last_login (list, optional): Filter by last login date range
    # Pagination
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination

    Returns:
    A JSON response containing:
    ```
    {
    "results": [
    {
    "id": 123,
    "username": "john.doe",
    "email": "john.doe@example.com",
    "first_name": "John",
    "last_name": "Doe",
    "full_name": "John Doe",
    "profile_image": "https://example.com/profiles/john-doe.jpg",
    "role": "Student",
    "departments": ["Computer Science", "Data Science"],
    "status": "active",
    "joined_date": "2023-01-15T12:00:00Z",
    "last_login": "2023-06-20T15:30:00Z",
    "metadata": {
    "location": "New York",
    "title": "Software Engineer",
    "bio": "Experienced software engineer with a passion for education"
    }
    },
    // Additional user objects...
    ],
    "count": 50,
    "next": "https://api.example.com/api/search/users/example-org/admin/?limit=10&offset=10",
    "previous": null,
    "current_page": 1,
    "total_pages": 5,
    "facets": {
    "role": [
    {"key": "Student", "doc_count": 30},
    {"key": "Instructor", "doc_count": 15},
    {"key": "Admin", "doc_count": 5}
    ],
    "department": [
    {"key": "Computer Science", "doc_count": 20},
    {"key": "Data Science", "doc_count": 15},
    {"key": "Business", "doc_count": 10},
    {"key": "Engineering", "doc_count": 5}
    ],
    "status": [
    {"key": "active", "doc_count": 45},
    {"key": "inactive", "doc_count": 5}
    ]
    }
    }
    ``` Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the user doesn't have department admin privileges (when using department_mode)
    404 Not Found: If the user or organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - The requesting user must have an active account in the specified organization
    - When department_mode is enabled, the user must be an admin of at least one department
    - Department filtering restricts results to users in departments where the requesting user is an
    admin

    ``GET /api/search/users/orgs/{org}/users/{username}/`` (operation ``search_users_orgs_users_retrieve``)

    Args:
        org (str):
        username (str):
        department (list[str] | Unset):
        education_degree (str | Unset):
        education_field_of_study (str | Unset):
        education_institution (str | Unset):
        include_membership_data (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        user_resume_company (str | Unset):
        user_resume_industry (str | Unset):
        user_resume_job_title (str | Unset):
        user_resume_location (str | Unset):
        user_resume_skills (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserSearchResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            department=department,
            education_degree=education_degree,
            education_field_of_study=education_field_of_study,
            education_institution=education_institution,
            include_membership_data=include_membership_data,
            limit=limit,
            offset=offset,
            q=q,
            user_resume_company=user_resume_company,
            user_resume_industry=user_resume_industry,
            user_resume_job_title=user_resume_job_title,
            user_resume_location=user_resume_location,
            user_resume_skills=user_resume_skills,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    *,
    client: Client,
    department: list[str] | Unset = UNSET,
    education_degree: str | Unset = UNSET,
    education_field_of_study: str | Unset = UNSET,
    education_institution: str | Unset = UNSET,
    include_membership_data: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    user_resume_company: str | Unset = UNSET,
    user_resume_industry: str | Unset = UNSET,
    user_resume_job_title: str | Unset = UNSET,
    user_resume_location: str | Unset = UNSET,
    user_resume_skills: str | Unset = UNSET,
) -> UserSearchResponse:
    """Search and filter users within a specific organization/tenant.

    This endpoint provides a search interface for discovering users within an organization, with
    support for filtering by departments, pagination, and faceted filtering.

    Path Parameters:
    org (str): The organization/tenant identifier
    username (str): The username of the user making the request

    Query Parameters:
    # Search parameters
    query (str, optional): Search term to filter users by name, username, or email
    # Department filtering
    department_mode (bool, optional): Enable department-based filtering (default: false)
    user_department (bool, optional): Legacy parameter for department_mode (default: false)
    department (list, optional): Filter by specific departments
    # Additional filters
    role (list, optional): Filter by user role
    status (list, optional): Filter by user status (active, inactive)
    joined_date (list, optional): Filter by join date range
    last_login (list, optional): Filter by last login date range
    # Pagination
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination

    Returns:
    A JSON response containing:
    ```
    {
    "results": [
    {
    "id": 123,
    "username": "john.doe",
    "email": "john.doe@example.com",
    "first_name": "John",
    "last_name": "Doe",
    "full_name": "John Doe",
    "profile_image": "https://example.com/profiles/john-doe.jpg",
    "role": "Student",
    "departments": ["Computer Science", "Data Science"],
    "status": "active",
    "joined_date": "2023-01-15T12:00:00Z",
    "last_login": "2023-06-20T15:30:00Z",
    "metadata": {
    "location": "New York",
    "title": "Software Engineer",
    "bio": "Experienced software engineer with a passion for education"
    }
    },
    // Additional user objects...
    ],
    "count": 50,
    "next": "https://api.example.com/api/search/users/example-org/admin/?limit=10&offset=10",
    "previous": null,
    "current_page": 1,
    "total_pages": 5,
    "facets": {
    "role": [
    {"key": "Student", "doc_count": 30},
    {"key": "Instructor", "doc_count": 15},
    {"key": "Admin", "doc_count": 5}
    ],
    "department": [
    {"key": "Computer Science", "doc_count": 20},
    {"key": "Data Science", "doc_count": 15},
    {"key": "Business", "doc_count": 10},
    {"key": "Engineering", "doc_count": 5}
    ],
    "status": [
    {"key": "active", "doc_count": 45},
    {"key": "inactive", "doc_count": 5}
    ]
    }
    }
    ``` Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the user doesn't have department admin privileges (when using department_mode)
    404 Not Found: If the user or organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - The requesting user must have an active account in the specified organization
    - When department_mode is enabled, the user must be an admin of at least one department
    - Department filtering restricts results to users in departments where the requesting user is an
    admin

    ``GET /api/search/users/orgs/{org}/users/{username}/`` (operation ``search_users_orgs_users_retrieve``)

    Args:
        org (str):
        username (str):
        department (list[str] | Unset):
        education_degree (str | Unset):
        education_field_of_study (str | Unset):
        education_institution (str | Unset):
        include_membership_data (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        user_resume_company (str | Unset):
        user_resume_industry (str | Unset):
        user_resume_job_title (str | Unset):
        user_resume_location (str | Unset):
        user_resume_skills (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserSearchResponse
    """

    return sync_detailed(
        org,
        username,
        department=department,
        education_degree=education_degree,
        education_field_of_study=education_field_of_study,
        education_institution=education_institution,
        include_membership_data=include_membership_data,
        limit=limit,
        offset=offset,
        q=q,
        user_resume_company=user_resume_company,
        user_resume_industry=user_resume_industry,
        user_resume_job_title=user_resume_job_title,
        user_resume_location=user_resume_location,
        user_resume_skills=user_resume_skills,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    department: list[str] | Unset = UNSET,
    education_degree: str | Unset = UNSET,
    education_field_of_study: str | Unset = UNSET,
    education_institution: str | Unset = UNSET,
    include_membership_data: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    user_resume_company: str | Unset = UNSET,
    user_resume_industry: str | Unset = UNSET,
    user_resume_job_title: str | Unset = UNSET,
    user_resume_location: str | Unset = UNSET,
    user_resume_skills: str | Unset = UNSET,
) -> Response[UserSearchResponse]:
    """Search and filter users within a specific organization/tenant.

    This endpoint provides a search interface for discovering users within an organization, with
    support for filtering by departments, pagination, and faceted filtering.

    Path Parameters:
    org (str): The organization/tenant identifier
    username (str): The username of the user making the request

    Query Parameters:
    # Search parameters
    query (str, optional): Search term to filter users by name, username, or email
    # Department filtering
    department_mode (bool, optional): Enable department-based filtering (default: false)
    user_department (bool, optional): Legacy parameter for department_mode (default: false)
    department (list, optional): Filter by specific departments
    # Additional filters
    role (list, optional): Filter by user role
    status (list, optional): Filter by user status (active, inactive)
    joined_date (list, optional): Filter by join date range
    last_login (list, optional): Filter by last login date range
    # Pagination
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination

    Returns:
    A JSON response containing:
    ```
    {
    "results": [
    {
    "id": 123,
    "username": "john.doe",
    "email": "john.doe@example.com",
    "first_name": "John",
    "last_name": "Doe",
    "full_name": "John Doe",
    "profile_image": "https://example.com/profiles/john-doe.jpg",
    "role": "Student",
    "departments": ["Computer Science", "Data Science"],
    "status": "active",
    "joined_date": "2023-01-15T12:00:00Z",
    "last_login": "2023-06-20T15:30:00Z",
    "metadata": {
    "location": "New York",
    "title": "Software Engineer",
    "bio": "Experienced software engineer with a passion for education"
    }
    },
    // Additional user objects...
    ],
    "count": 50,
    "next": "https://api.example.com/api/search/users/example-org/admin/?limit=10&offset=10",
    "previous": null,
    "current_page": 1,
    "total_pages": 5,
    "facets": {
    "role": [
    {"key": "Student", "doc_count": 30},
    {"key": "Instructor", "doc_count": 15},
    {"key": "Admin", "doc_count": 5}
    ],
    "department": [
    {"key": "Computer Science", "doc_count": 20},
    {"key": "Data Science", "doc_count": 15},
    {"key": "Business", "doc_count": 10},
    {"key": "Engineering", "doc_count": 5}
    ],
    "status": [
    {"key": "active", "doc_count": 45},
    {"key": "inactive", "doc_count": 5}
    ]
    }
    }
    ``` Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the user doesn't have department admin privileges (when using department_mode)
    404 Not Found: If the user or organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - The requesting user must have an active account in the specified organization
    - When department_mode is enabled, the user must be an admin of at least one department
    - Department filtering restricts results to users in departments where the requesting user is an
    admin

    ``GET /api/search/users/orgs/{org}/users/{username}/`` (operation ``search_users_orgs_users_retrieve``)

    Args:
        org (str):
        username (str):
        department (list[str] | Unset):
        education_degree (str | Unset):
        education_field_of_study (str | Unset):
        education_institution (str | Unset):
        include_membership_data (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        user_resume_company (str | Unset):
        user_resume_industry (str | Unset):
        user_resume_job_title (str | Unset):
        user_resume_location (str | Unset):
        user_resume_skills (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserSearchResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            department=department,
            education_degree=education_degree,
            education_field_of_study=education_field_of_study,
            education_institution=education_institution,
            include_membership_data=include_membership_data,
            limit=limit,
            offset=offset,
            q=q,
            user_resume_company=user_resume_company,
            user_resume_industry=user_resume_industry,
            user_resume_job_title=user_resume_job_title,
            user_resume_location=user_resume_location,
            user_resume_skills=user_resume_skills,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    department: list[str] | Unset = UNSET,
    education_degree: str | Unset = UNSET,
    education_field_of_study: str | Unset = UNSET,
    education_institution: str | Unset = UNSET,
    include_membership_data: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    q: str | Unset = UNSET,
    user_resume_company: str | Unset = UNSET,
    user_resume_industry: str | Unset = UNSET,
    user_resume_job_title: str | Unset = UNSET,
    user_resume_location: str | Unset = UNSET,
    user_resume_skills: str | Unset = UNSET,
) -> UserSearchResponse:
    """Search and filter users within a specific organization/tenant.

    This endpoint provides a search interface for discovering users within an organization, with
    support for filtering by departments, pagination, and faceted filtering.

    Path Parameters:
    org (str): The organization/tenant identifier
    username (str): The username of the user making the request

    Query Parameters:
    # Search parameters
    query (str, optional): Search term to filter users by name, username, or email
    # Department filtering
    department_mode (bool, optional): Enable department-based filtering (default: false)
    user_department (bool, optional): Legacy parameter for department_mode (default: false)
    department (list, optional): Filter by specific departments
    # Additional filters
    role (list, optional): Filter by user role
    status (list, optional): Filter by user status (active, inactive)
    joined_date (list, optional): Filter by join date range
    last_login (list, optional): Filter by last login date range
    # Pagination
    limit (int, optional): Number of results per page (default: 10)
    offset (int, optional): Starting position for pagination

    Returns:
    A JSON response containing:
    ```
    {
    "results": [
    {
    "id": 123,
    "username": "john.doe",
    "email": "john.doe@example.com",
    "first_name": "John",
    "last_name": "Doe",
    "full_name": "John Doe",
    "profile_image": "https://example.com/profiles/john-doe.jpg",
    "role": "Student",
    "departments": ["Computer Science", "Data Science"],
    "status": "active",
    "joined_date": "2023-01-15T12:00:00Z",
    "last_login": "2023-06-20T15:30:00Z",
    "metadata": {
    "location": "New York",
    "title": "Software Engineer",
    "bio": "Experienced software engineer with a passion for education"
    }
    },
    // Additional user objects...
    ],
    "count": 50,
    "next": "https://api.example.com/api/search/users/example-org/admin/?limit=10&offset=10",
    "previous": null,
    "current_page": 1,
    "total_pages": 5,
    "facets": {
    "role": [
    {"key": "Student", "doc_count": 30},
    {"key": "Instructor", "doc_count": 15},
    {"key": "Admin", "doc_count": 5}
    ],
    "department": [
    {"key": "Computer Science", "doc_count": 20},
    {"key": "Data Science", "doc_count": 15},
    {"key": "Business", "doc_count": 10},
    {"key": "Engineering", "doc_count": 5}
    ],
    "status": [
    {"key": "active", "doc_count": 45},
    {"key": "inactive", "doc_count": 5}
    ]
    }
    }
    ``` Error Responses:
    400 Bad Request: If the request parameters are invalid
    403 Forbidden: If the user doesn't have department admin privileges (when using department_mode)
    404 Not Found: If the user or organization doesn't exist
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - The requesting user must have an active account in the specified organization
    - When department_mode is enabled, the user must be an admin of at least one department
    - Department filtering restricts results to users in departments where the requesting user is an
    admin

    ``GET /api/search/users/orgs/{org}/users/{username}/`` (operation ``search_users_orgs_users_retrieve``)

    Args:
        org (str):
        username (str):
        department (list[str] | Unset):
        education_degree (str | Unset):
        education_field_of_study (str | Unset):
        education_institution (str | Unset):
        include_membership_data (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        q (str | Unset):
        user_resume_company (str | Unset):
        user_resume_industry (str | Unset):
        user_resume_job_title (str | Unset):
        user_resume_location (str | Unset):
        user_resume_skills (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserSearchResponse
    """

    return (
        await asyncio_detailed(
            org,
            username,
            department=department,
            education_degree=education_degree,
            education_field_of_study=education_field_of_study,
            education_institution=education_institution,
            include_membership_data=include_membership_data,
            limit=limit,
            offset=offset,
            q=q,
            user_resume_company=user_resume_company,
            user_resume_industry=user_resume_industry,
            user_resume_job_title=user_resume_job_title,
            user_resume_location=user_resume_location,
            user_resume_skills=user_resume_skills,
            client=client,
        )
    ).unwrap()
