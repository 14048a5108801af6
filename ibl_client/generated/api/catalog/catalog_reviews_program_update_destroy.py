from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Unset

OPERATION_ID = "catalog_reviews_program_update_destroy"


def _get_kwargs(
    *,
    program_key: str,
    user_id: int | Unset = UNSET,
    username: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["program_key"] = program_key

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/catalog/reviews/program/update/",
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
    program_key: str,
    user_id: int | Unset = UNSET,
    username: str,
) -> Response[Any]:
    """Delete a program review

    ``DELETE /api/catalog/reviews/program/update/`` (operation ``catalog_reviews_program_update_destroy``)

    Args:
        program_key (str): The program key of the review to delete
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
            program_key=program_key,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    program_key: str,
    user_id: int | Unset = UNSET,
    username: str,
) -> Any:
    """Delete a program review

    ``DELETE /api/catalog/reviews/program/update/`` (operation ``catalog_reviews_program_update_destroy``)

    Args:
        program_key (str): The program key of the review to delete
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
        program_key=program_key,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    program_key: str,
    user_id: int | Unset = UNSET,
    username: str,
) -> Response[Any]:
    """Delete a program review

    ``DELETE /api/catalog/reviews/program/update/`` (operation ``catalog_reviews_program_update_destroy``)

    Args:
        program_key (str): The program key of the review to delete
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
            program_key=program_key,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    program_key: str,
    user_id: int | Unset = UNSET,
    username: str,
) -> Any:
    """Delete a program review

    ``DELETE /api/catalog/reviews/program/update/`` (operation ``catalog_reviews_program_update_destroy``)

    Args:
        program_key (str): The program key of the review to delete
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
            program_key=program_key,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
