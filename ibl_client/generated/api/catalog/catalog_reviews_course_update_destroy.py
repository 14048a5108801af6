from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Unset

OPERATION_ID = "catalog_reviews_course_update_destroy"


def _get_kwargs(
    *,
    course_id: str,
    user_id: int | Unset = UNSET,
    username: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/catalog/reviews/course/update/",
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
    course_id: str,
    user_id: int | Unset = UNSET,
    username: str,
) -> Response[Any]:
    """Delete a course review

    ``DELETE /api/catalog/reviews/course/update/`` (operation ``catalog_reviews_course_update_destroy``)

    Args:
        course_id (str): The course ID of the review to delete
        user_id (int | Unset): The user ID of the reviewer (alternative to username)
        username (str): The username of the reviewer

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    course_id: str,
    user_id: int | Unset = UNSET,
    username: str,
) -> Any:
    """Delete a course review

    ``DELETE /api/catalog/reviews/course/update/`` (operation ``catalog_reviews_course_update_destroy``)

    Args:
        course_id (str): The course ID of the review to delete
        user_id (int | Unset): The user ID of the reviewer (alternative to username)
        username (str): The username of the reviewer

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        course_id=course_id,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: str,
    user_id: int | Unset = UNSET,
    username: str,
) -> Response[Any]:
    """Delete a course review

    ``DELETE /api/catalog/reviews/course/update/`` (operation ``catalog_reviews_course_update_destroy``)

    Args:
        course_id (str): The course ID of the review to delete
        user_id (int | Unset): The user ID of the reviewer (alternative to username)
        username (str): The username of the reviewer

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    course_id: str,
    user_id: int | Unset = UNSET,
    username: str,
) -> Any:
    """Delete a course review

    ``DELETE /api/catalog/reviews/course/update/`` (operation ``catalog_reviews_course_update_destroy``)

    Args:
        course_id (str): The course ID of the review to delete
        user_id (int | Unset): The user ID of the reviewer (alternative to username)
        username (str): The username of the reviewer

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
