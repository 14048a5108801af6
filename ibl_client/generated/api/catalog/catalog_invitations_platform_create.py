from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_invitation_create import PlatformInvitationCreate
from ...models.platform_invitation_detail import PlatformInvitationDetail
from ...types import UNSET, Unset

OPERATION_ID = "catalog_invitations_platform_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformInvitationDetail,
}


def _get_kwargs(
    *,
    body: PlatformInvitationCreate,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["active"] = active

    params["email"] = email

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["sort"] = sort

    params["source"] = source

    params["username"] = username

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/invitations/platform/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformInvitationDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformInvitationDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformInvitationCreate,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[PlatformInvitationDetail]:
    """Create a new platform invitation

    ``POST /api/catalog/invitations/platform/`` (operation ``catalog_invitations_platform_create``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):
        body (PlatformInvitationCreate): Request serializer for PlatformInvitationView POST
            endpoint

            Supports new CSV format fields: - company_name (optional): Company name for the invited
            user - first_name (new): First name of the invited user - last_name (new): Last name of
            the invited user - user_group (new): Name of the UserGroup to assign the user to -
            user_group_owner_email (optional): Email of user who should own the group

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformInvitationDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: PlatformInvitationCreate,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> PlatformInvitationDetail:
    """Create a new platform invitation

    ``POST /api/catalog/invitations/platform/`` (operation ``catalog_invitations_platform_create``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):
        body (PlatformInvitationCreate): Request serializer for PlatformInvitationView POST
            endpoint

            Supports new CSV format fields: - company_name (optional): Company name for the invited
            user - first_name (new): First name of the invited user - last_name (new): Last name of
            the invited user - user_group (new): Name of the UserGroup to assign the user to -
            user_group_owner_email (optional): Email of user who should own the group

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformInvitationDetail
    """

    return sync_detailed(
        body=body,
        active=active,
        email=email,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        sort=sort,
        source=source,
        username=username,
        verbose=verbose,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformInvitationCreate,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[PlatformInvitationDetail]:
    """Create a new platform invitation

    ``POST /api/catalog/invitations/platform/`` (operation ``catalog_invitations_platform_create``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):
        body (PlatformInvitationCreate): Request serializer for PlatformInvitationView POST
            endpoint

            Supports new CSV format fields: - company_name (optional): Company name for the invited
            user - first_name (new): First name of the invited user - last_name (new): Last name of
            the invited user - user_group (new): Name of the UserGroup to assign the user to -
            user_group_owner_email (optional): Email of user who should own the group

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformInvitationDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: PlatformInvitationCreate,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    username: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> PlatformInvitationDetail:
    """Create a new platform invitation

    ``POST /api/catalog/invitations/platform/`` (operation ``catalog_invitations_platform_create``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        username (str | Unset):
        verbose (bool | Unset):
        body (PlatformInvitationCreate): Request serializer for PlatformInvitationView POST
            endpoint

            Supports new CSV format fields: - company_name (optional): Company name for the invited
            user - first_name (new): First name of the invited user - last_name (new): Last name of
            the invited user - user_group (new): Name of the UserGroup to assign the user to -
            user_group_owner_email (optional): Email of user who should own the group

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformInvitationDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            active=active,
            email=email,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            sort=sort,
            source=source,
            username=username,
            verbose=verbose,
            client=client,
        )
    ).unwrap()
