import datetime
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_enrollment import ProgramEnrollment
from ...models.program_enrollment_request import ProgramEnrollmentRequest
from ...types import UNSET, Unset

OPERATION_ID = "catalog_enrollment_programs_self_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramEnrollment,
}


def _get_kwargs(
    *,
    body: ProgramEnrollmentRequest | Unset = UNSET,
    active: bool | Unset = UNSET,
    expired: datetime.datetime | Unset = UNSET,
    ignore_expiration: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    started: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["active"] = active

    json_expired: str | Unset = UNSET
    if not isinstance(expired, Unset):
        json_expired = expired.isoformat()
    params["expired"] = json_expired

    params["ignore_expiration"] = ignore_expiration

    params["org"] = org

    params["platform_key"] = platform_key

    params["program_id"] = program_id

    params["program_key"] = program_key

    params["slug"] = slug

    json_started: str | Unset = UNSET
    if not isinstance(started, Unset):
        json_started = started.isoformat()
    params["started"] = json_started

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/enrollment/programs/self/",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramEnrollment | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramEnrollment.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ProgramEnrollmentRequest | Unset = UNSET,
    active: bool | Unset = UNSET,
    expired: datetime.datetime | Unset = UNSET,
    ignore_expiration: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    started: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[ProgramEnrollment]:
    """Log user enrollment with a program.

    ``POST /api/catalog/enrollment/programs/self/`` (operation ``catalog_enrollment_programs_self_create``)

    Args:
        active (bool | Unset):
        expired (datetime.datetime | Unset):
        ignore_expiration (bool | Unset):
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str | Unset):
        program_key (str | Unset):
        slug (str | Unset):
        started (datetime.datetime | Unset):
        user_id (str | Unset):
        username (str | Unset):
        body (ProgramEnrollmentRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramEnrollment]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: ProgramEnrollmentRequest | Unset = UNSET,
    active: bool | Unset = UNSET,
    expired: datetime.datetime | Unset = UNSET,
    ignore_expiration: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    started: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> ProgramEnrollment:
    """Log user enrollment with a program.

    ``POST /api/catalog/enrollment/programs/self/`` (operation ``catalog_enrollment_programs_self_create``)

    Args:
        active (bool | Unset):
        expired (datetime.datetime | Unset):
        ignore_expiration (bool | Unset):
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str | Unset):
        program_key (str | Unset):
        slug (str | Unset):
        started (datetime.datetime | Unset):
        user_id (str | Unset):
        username (str | Unset):
        body (ProgramEnrollmentRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramEnrollment
    """

    return sync_detailed(
        body=body,
        active=active,
        expired=expired,
        ignore_expiration=ignore_expiration,
        org=org,
        platform_key=platform_key,
        program_id=program_id,
        program_key=program_key,
        slug=slug,
        started=started,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ProgramEnrollmentRequest | Unset = UNSET,
    active: bool | Unset = UNSET,
    expired: datetime.datetime | Unset = UNSET,
    ignore_expiration: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    started: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[ProgramEnrollment]:
    """Log user enrollment with a program.

    ``POST /api/catalog/enrollment/programs/self/`` (operation ``catalog_enrollment_programs_self_create``)

    Args:
        active (bool | Unset):
        expired (datetime.datetime | Unset):
        ignore_expiration (bool | Unset):
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str | Unset):
        program_key (str | Unset):
        slug (str | Unset):
        started (datetime.datetime | Unset):
        user_id (str | Unset):
        username (str | Unset):
        body (ProgramEnrollmentRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramEnrollment]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ProgramEnrollmentRequest | Unset = UNSET,
    active: bool | Unset = UNSET,
    expired: datetime.datetime | Unset = UNSET,
    ignore_expiration: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    started: datetime.datetime | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> ProgramEnrollment:
    """Log user enrollment with a program.

    ``POST /api/catalog/enrollment/programs/self/`` (operation ``catalog_enrollment_programs_self_create``)

    Args:
        active (bool | Unset):
        expired (datetime.datetime | Unset):
        ignore_expiration (bool | Unset):
        org (str | Unset):
        platform_key (str | Unset):
        program_id (str | Unset):
        program_key (str | Unset):
        slug (str | Unset):
        started (datetime.datetime | Unset):
        user_id (str | Unset):
        username (str | Unset):
        body (ProgramEnrollmentRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramEnrollment
    """

    return (
        await asyncio_detailed(
            body=body,
            active=active,
            expired=expired,
            ignore_expiration=ignore_expiration,
            org=org,
            platform_key=platform_key,
            program_id=program_id,
            program_key=program_key,
            slug=slug,
            started=started,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
