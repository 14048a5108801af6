from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_disclaimer_agreement_list import PaginatedDisclaimerAgreementList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_disclaimer_agreements_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedDisclaimerAgreementList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    disclaimer: int | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["disclaimer"] = disclaimer

    json_mentor_id: str | Unset = UNSET
    if not isinstance(mentor_id, Unset):
        json_mentor_id = str(mentor_id)
    params["mentor_id"] = json_mentor_id

    params["page"] = page

    params["page_size"] = page_size

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedDisclaimerAgreementList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedDisclaimerAgreementList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    disclaimer: int | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedDisclaimerAgreementList]:
    """API view for managing disclaimer agreements.

    This viewset provides Create Read and Delete operations for disclaimer agreements with different
    access levels:

    Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to
    create (for themselves) and delete agreements for themselves and other users. - Results are
    paginated and can be filtered

    Students: - Can only view their own disclaimer agreements - Limited to agreements where they are
    the user - Results are paginated and can be filtered

    List endpoint returns paginated results with disclaimer agreement objects:

    ``` {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "user": str,
    "disclaimer": int,
    "agreed_at": datetime,
    },
    ...
    ] } ```

    Detail endpoints return a single disclaimer agreement object with the same structure

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/`` (operation ``ai_mentor_orgs_users_disclaimer_agreements_list``)

    Args:
        org (str):
        user_id (str):
        disclaimer (int | Unset):
        mentor_id (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedDisclaimerAgreementList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            disclaimer=disclaimer,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            username=username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    disclaimer: int | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedDisclaimerAgreementList:
    """API view for managing disclaimer agreements.

    This viewset provides Create Read and Delete operations for disclaimer agreements with different
    access levels:

    Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to
    create (for themselves) and delete agreements for themselves and other users. - Results are
    paginated and can be filtered

    Students: - Can only view their own disclaimer agreements - Limited to agreements where they are
    the user - Results are paginated and can be filtered

    List endpoint returns paginated results with disclaimer agreement objects:

    ``` {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "user": str,
    "disclaimer": int,
    "agreed_at": datetime,
    },
    ...
    ] } ```

    Detail endpoints return a single disclaimer agreement object with the same structure

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/`` (operation ``ai_mentor_orgs_users_disclaimer_agreements_list``)

    Args:
        org (str):
        user_id (str):
        disclaimer (int | Unset):
        mentor_id (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedDisclaimerAgreementList
    """

    return sync_detailed(
        org,
        user_id,
        disclaimer=disclaimer,
        mentor_id=mentor_id,
        page=page,
        page_size=page_size,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    disclaimer: int | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedDisclaimerAgreementList]:
    """API view for managing disclaimer agreements.

    This viewset provides Create Read and Delete operations for disclaimer agreements with different
    access levels:

    Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to
    create (for themselves) and delete agreements for themselves and other users. - Results are
    paginated and can be filtered

    Students: - Can only view their own disclaimer agreements - Limited to agreements where they are
    the user - Results are paginated and can be filtered

    List endpoint returns paginated results with disclaimer agreement objects:

    ``` {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "user": str,
    "disclaimer": int,
    "agreed_at": datetime,
    },
    ...
    ] } ```

    Detail endpoints return a single disclaimer agreement object with the same structure

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/`` (operation ``ai_mentor_orgs_users_disclaimer_agreements_list``)

    Args:
        org (str):
        user_id (str):
        disclaimer (int | Unset):
        mentor_id (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedDisclaimerAgreementList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            disclaimer=disclaimer,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    disclaimer: int | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedDisclaimerAgreementList:
    """API view for managing disclaimer agreements.

    This viewset provides Create Read and Delete operations for disclaimer agreements with different
    access levels:

    Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to
    create (for themselves) and delete agreements for themselves and other users. - Results are
    paginated and can be filtered

    Students: - Can only view their own disclaimer agreements - Limited to agreements where they are
    the user - Results are paginated and can be filtered

    List endpoint returns paginated results with disclaimer agreement objects:

    ``` {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "user": str,
    "disclaimer": int,
    "agreed_at": datetime,
    },
    ...
    ] } ```

    Detail endpoints return a single disclaimer agreement object with the same structure

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/`` (operation ``ai_mentor_orgs_users_disclaimer_agreements_list``)

    Args:
        org (str):
        user_id (str):
        disclaimer (int | Unset):
        mentor_id (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedDisclaimerAgreementList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            disclaimer=disclaimer,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            username=username,
            client=client,
        )
    ).unwrap()
