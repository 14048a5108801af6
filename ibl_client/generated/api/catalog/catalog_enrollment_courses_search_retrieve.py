from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_enrollment_search_response import CourseEnrollmentSearchResponse
from ...types import UNSET, Unset

OPERATION_ID = "catalog_enrollment_courses_search_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseEnrollmentSearchResponse,
}


def _get_kwargs(
    *,
    course_id: str | Unset = UNSET,
    course_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["course_name"] = course_name

    params["email"] = email

    params["include_default_platform"] = include_default_platform

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["sort"] = sort

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/enrollment/courses/search/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseEnrollmentSearchResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseEnrollmentSearchResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    course_id: str | Unset = UNSET,
    course_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[CourseEnrollmentSearchResponse]:
    """API View for searching course enrollments.

    This endpoint allows searching for course enrollments based on various filters such as user ID,
    username, email, course ID, slug, organization, and platform key. Results are paginated and
    include detailed enrollment information.

    Query Parameters:
    user_id (str, optional): Filter enrollments by user ID
    username (str, optional): Filter enrollments by username
    email (str, optional): Filter enrollments by user email
    course_id (str, optional): Filter enrollments by course ID
    slug (str, optional): Filter enrollments by course slug
    org (str, optional): Filter enrollments by organization
    platform_key (str, optional): Filter enrollments by platform key
    course_name (str, optional): Filter enrollments by course name (partial match)
    include_default_platform (bool, optional): Include enrollments from default platform
    sort (str, optional): Field to sort results by (default: '-id')
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Search for course enrollments with filtering and pagination

    Returns:
    GET: A paginated JSON response containing course enrollments:
    {
    "count": 42,
    "next": "https://api.example.com/api/catalog/enrollment/courses/search/?page=2",
    "previous": null,
    "results": [
    {
    "user_id": 123,
    "username": "student1",
    "email": "student1@example.com",
    "course_id": "course-v1:org+course+run",
    "active": true,
    "created": "2023-01-15T10:30:00Z",
    "started": "2023-01-15T10:30:00Z",
    "ended": null,
    "expired": null,
    "metadata": {},
    "name": "John Doe",
    "course_name": "Introduction to Data Science"
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or if enrollment search fails
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsEdxUserReadOnly, or IsPlatformAdminOfUserReadOnly permission
    - Users can view their own enrollments
    - Platform admins can view enrollments for users in their platform
    - DM admins can view all enrollments

    ``GET /api/catalog/enrollment/courses/search/`` (operation ``catalog_enrollment_courses_search_retrieve``)

    Args:
        course_id (str | Unset):
        course_name (str | Unset):
        email (str | Unset):
        include_default_platform (bool | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseEnrollmentSearchResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            course_name=course_name,
            email=email,
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    course_id: str | Unset = UNSET,
    course_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> CourseEnrollmentSearchResponse:
    """API View for searching course enrollments.

    This endpoint allows searching for course enrollments based on various filters such as user ID,
    username, email, course ID, slug, organization, and platform key. Results are paginated and
    include detailed enrollment information.

    Query Parameters:
    user_id (str, optional): Filter enrollments by user ID
    username (str, optional): Filter enrollments by username
    email (str, optional): Filter enrollments by user email
    course_id (str, optional): Filter enrollments by course ID
    slug (str, optional): Filter enrollments by course slug
    org (str, optional): Filter enrollments by organization
    platform_key (str, optional): Filter enrollments by platform key
    course_name (str, optional): Filter enrollments by course name (partial match)
    include_default_platform (bool, optional): Include enrollments from default platform
    sort (str, optional): Field to sort results by (default: '-id')
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Search for course enrollments with filtering and pagination

    Returns:
    GET: A paginated JSON response containing course enrollments:
    {
    "count": 42,
    "next": "https://api.example.com/api/catalog/enrollment/courses/search/?page=2",
    "previous": null,
    "results": [
    {
    "user_id": 123,
    "username": "student1",
    "email": "student1@example.com",
    "course_id": "course-v1:org+course+run",
    "active": true,
    "created": "2023-01-15T10:30:00Z",
    "started": "2023-01-15T10:30:00Z",
    "ended": null,
    "expired": null,
    "metadata": {},
    "name": "John Doe",
    "course_name": "Introduction to Data Science"
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or if enrollment search fails
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsEdxUserReadOnly, or IsPlatformAdminOfUserReadOnly permission
    - Users can view their own enrollments
    - Platform admins can view enrollments for users in their platform
    - DM admins can view all enrollments

    ``GET /api/catalog/enrollment/courses/search/`` (operation ``catalog_enrollment_courses_search_retrieve``)

    Args:
        course_id (str | Unset):
        course_name (str | Unset):
        email (str | Unset):
        include_default_platform (bool | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseEnrollmentSearchResponse
    """

    return sync_detailed(
        course_id=course_id,
        course_name=course_name,
        email=email,
        include_default_platform=include_default_platform,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        slug=slug,
        sort=sort,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: str | Unset = UNSET,
    course_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[CourseEnrollmentSearchResponse]:
    """API View for searching course enrollments.

    This endpoint allows searching for course enrollments based on various filters such as user ID,
    username, email, course ID, slug, organization, and platform key. Results are paginated and
    include detailed enrollment information.

    Query Parameters:
    user_id (str, optional): Filter enrollments by user ID
    username (str, optional): Filter enrollments by username
    email (str, optional): Filter enrollments by user email
    course_id (str, optional): Filter enrollments by course ID
    slug (str, optional): Filter enrollments by course slug
    org (str, optional): Filter enrollments by organization
    platform_key (str, optional): Filter enrollments by platform key
    course_name (str, optional): Filter enrollments by course name (partial match)
    include_default_platform (bool, optional): Include enrollments from default platform
    sort (str, optional): Field to sort results by (default: '-id')
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Search for course enrollments with filtering and pagination

    Returns:
    GET: A paginated JSON response containing course enrollments:
    {
    "count": 42,
    "next": "https://api.example.com/api/catalog/enrollment/courses/search/?page=2",
    "previous": null,
    "results": [
    {
    "user_id": 123,
    "username": "student1",
    "email": "student1@example.com",
    "course_id": "course-v1:org+course+run",
    "active": true,
    "created": "2023-01-15T10:30:00Z",
    "started": "2023-01-15T10:30:00Z",
    "ended": null,
    "expired": null,
    "metadata": {},
    "name": "John Doe",
    "course_name": "Introduction to Data Science"
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or if enrollment search fails
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsEdxUserReadOnly, or IsPlatformAdminOfUserReadOnly permission
    - Users can view their own enrollments
    - Platform admins can view enrollments for users in their platform
    - DM admins can view all enrollments

    ``GET /api/catalog/enrollment/courses/search/`` (operation ``catalog_enrollment_courses_search_retrieve``)

    Args:
        course_id (str | Unset):
        course_name (str | Unset):
        email (str | Unset):
        include_default_platform (bool | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseEnrollmentSearchResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            course_name=course_name,
            email=email,
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    course_id: str | Unset = UNSET,
    course_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> CourseEnrollmentSearchResponse:
    """API View for searching course enrollments.

    This endpoint allows searching for course enrollments based on various filters such as user ID,
    username, email, course ID, slug, organization, and platform key. Results are paginated and
    include detailed enrollment information.

    Query Parameters:
    user_id (str, optional): Filter enrollments by user ID
    username (str, optional): Filter enrollments by username
    email (str, optional): Filter enrollments by user email
    course_id (str, optional): Filter enrollments by course ID
    slug (str, optional): Filter enrollments by course slug
    org (str, optional): Filter enrollments by organization
    platform_key (str, optional): Filter enrollments by platform key
    course_name (str, optional): Filter enrollments by course name (partial match)
    include_default_platform (bool, optional): Include enrollments from default platform
    sort (str, optional): Field to sort results by (default: '-id')
    page (int, optional): Page number for pagination
    page_size (int, optional): Number of items per page

    Methods:
    GET: Search for course enrollments with filtering and pagination

    Returns:
    GET: A paginated JSON response containing course enrollments:
    {
    "count": 42,
    "next": "https://api.example.com/api/catalog/enrollment/courses/search/?page=2",
    "previous": null,
    "results": [
    {
    "user_id": 123,
    "username": "student1",
    "email": "student1@example.com",
    "course_id": "course-v1:org+course+run",
    "active": true,
    "created": "2023-01-15T10:30:00Z",
    "started": "2023-01-15T10:30:00Z",
    "ended": null,
    "expired": null,
    "metadata": {},
    "name": "John Doe",
    "course_name": "Introduction to Data Science"
    },
    ...
    ]
    }

    Error Responses:
    400 Bad Request: If required parameters are missing or if enrollment search fails
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsDMAdmin, IsEdxUserReadOnly, or IsPlatformAdminOfUserReadOnly permission
    - Users can view their own enrollments
    - Platform admins can view enrollments for users in their platform
    - DM admins can view all enrollments

    ``GET /api/catalog/enrollment/courses/search/`` (operation ``catalog_enrollment_courses_search_retrieve``)

    Args:
        course_id (str | Unset):
        course_name (str | Unset):
        email (str | Unset):
        include_default_platform (bool | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseEnrollmentSearchResponse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            course_name=course_name,
            email=email,
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
