from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.credentials_orgs_users_credentials_over_time_retrieve_format import (
    CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat,
)
from ...models.over_time import OverTime
from ...types import UNSET, Unset

OPERATION_ID = "credentials_orgs_users_credentials_over_time_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: OverTime,
}


def _get_kwargs(
    platform_key: str,
    user_id: int,
    *,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    params["end_date"] = end_date

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/".format(
            platform_key=quote(str(platform_key), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> OverTime | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = OverTime.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[OverTime]:
    """Get all credentials of a given tenant

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/`` (operation ``credentials_orgs_users_credentials_over_time_retrieve``)

    Args:
        platform_key (str):
        user_id (int):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OverTime]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    user_id: int,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> OverTime:
    """Get all credentials of a given tenant

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/`` (operation ``credentials_orgs_users_credentials_over_time_retrieve``)

    Args:
        platform_key (str):
        user_id (int):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OverTime
    """

    return sync_detailed(
        platform_key,
        user_id,
        department_id=department_id,
        end_date=end_date,
        format_=format_,
        include_main_platform=include_main_platform,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    user_id: int,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[OverTime]:
    """Get all credentials of a given tenant

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/`` (operation ``credentials_orgs_users_credentials_over_time_retrieve``)

    Args:
        platform_key (str):
        user_id (int):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OverTime]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    user_id: int,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> OverTime:
    """Get all credentials of a given tenant

    ``GET /api/credentials/orgs/{platform_key}/users/{user_id}/credentials-over-time/`` (operation ``credentials_orgs_users_credentials_over_time_retrieve``)

    Args:
        platform_key (str):
        user_id (int):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OverTime
    """

    return (
        await asyncio_detailed(
            platform_key,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
