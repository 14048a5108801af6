from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_license_group_assignment_create import ProgramLicenseGroupAssignmentCreate
from ...models.program_license_group_assignment_detail import ProgramLicenseGroupAssignmentDetail
from ...types import UNSET, Unset

OPERATION_ID = "catalog_licenses_program_assignment_group_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramLicenseGroupAssignmentDetail,
}


def _get_kwargs(
    *,
    body: ProgramLicenseGroupAssignmentCreate,
    active: bool | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    group_id: int | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["active"] = active

    params["fulfilled"] = fulfilled

    params["group_id"] = group_id

    params["license_id"] = license_id

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/licenses/program/assignment/group/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramLicenseGroupAssignmentDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramLicenseGroupAssignmentDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ProgramLicenseGroupAssignmentCreate,
    active: bool | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    group_id: int | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ProgramLicenseGroupAssignmentDetail]:
    """Create or update a program license group assignment

    ``POST /api/catalog/licenses/program/assignment/group/`` (operation ``catalog_licenses_program_assignment_group_create``)

    Args:
        active (bool | Unset):
        fulfilled (bool | Unset):
        group_id (int | Unset):
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (ProgramLicenseGroupAssignmentCreate): Request serializer for
            ProgramLicenseGroupAssignmentView POST endpoint.

            This serializer validates the request data for creating or updating a program license
            group assignment. Group assignments will automatically create individual assignments for
            all users in the group.

            Fields:
            license_id: The ID of the program license to assign
            group_id: The ID of the user group to assign the license to
            platform_key: The unique identifier for the platform (for permission validation)
            platform_org: The organization identifier for the platform (for permission validation)
            active: Whether the group assignment should be active
            fulfilled: Whether the group assignment should be marked as fulfilled
            redirect_to: URL to redirect to after fulfillment
            metadata: Additional metadata for the group assignment

            Notes:
            - All users in the group will receive individual license assignments
            - The license must have enough available seats for all users in the group
            - If the license doesn't have enough seats, the operation will fail
            - Users who already have a direct assignment to this license will not be affected

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramLicenseGroupAssignmentDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: ProgramLicenseGroupAssignmentCreate,
    active: bool | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    group_id: int | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ProgramLicenseGroupAssignmentDetail:
    """Create or update a program license group assignment

    ``POST /api/catalog/licenses/program/assignment/group/`` (operation ``catalog_licenses_program_assignment_group_create``)

    Args:
        active (bool | Unset):
        fulfilled (bool | Unset):
        group_id (int | Unset):
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (ProgramLicenseGroupAssignmentCreate): Request serializer for
            ProgramLicenseGroupAssignmentView POST endpoint.

            This serializer validates the request data for creating or updating a program license
            group assignment. Group assignments will automatically create individual assignments for
            all users in the group.

            Fields:
            license_id: The ID of the program license to assign
            group_id: The ID of the user group to assign the license to
            platform_key: The unique identifier for the platform (for permission validation)
            platform_org: The organization identifier for the platform (for permission validation)
            active: Whether the group assignment should be active
            fulfilled: Whether the group assignment should be marked as fulfilled
            redirect_to: URL to redirect to after fulfillment
            metadata: Additional metadata for the group assignment

            Notes:
            - All users in the group will receive individual license assignments
            - The license must have enough available seats for all users in the group
            - If the license doesn't have enough seats, the operation will fail
            - Users who already have a direct assignment to this license will not be affected

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramLicenseGroupAssignmentDetail
    """

    return sync_detailed(
        body=body,
        active=active,
        fulfilled=fulfilled,
        group_id=group_id,
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ProgramLicenseGroupAssignmentCreate,
    active: bool | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    group_id: int | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ProgramLicenseGroupAssignmentDetail]:
    """Create or update a program license group assignment

    ``POST /api/catalog/licenses/program/assignment/group/`` (operation ``catalog_licenses_program_assignment_group_create``)

    Args:
        active (bool | Unset):
        fulfilled (bool | Unset):
        group_id (int | Unset):
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (ProgramLicenseGroupAssignmentCreate): Request serializer for
            ProgramLicenseGroupAssignmentView POST endpoint.

            This serializer validates the request data for creating or updating a program license
            group assignment. Group assignments will automatically create individual assignments for
            all users in the group.

            Fields:
            license_id: The ID of the program license to assign
            group_id: The ID of the user group to assign the license to
            platform_key: The unique identifier for the platform (for permission validation)
            platform_org: The organization identifier for the platform (for permission validation)
            active: Whether the group assignment should be active
            fulfilled: Whether the group assignment should be marked as fulfilled
            redirect_to: URL to redirect to after fulfillment
            metadata: Additional metadata for the group assignment

            Notes:
            - All users in the group will receive individual license assignments
            - The license must have enough available seats for all users in the group
            - If the license doesn't have enough seats, the operation will fail
            - Users who already have a direct assignment to this license will not be affected

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramLicenseGroupAssignmentDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ProgramLicenseGroupAssignmentCreate,
    active: bool | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    group_id: int | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ProgramLicenseGroupAssignmentDetail:
    """Create or update a program license group assignment

    ``POST /api/catalog/licenses/program/assignment/group/`` (operation ``catalog_licenses_program_assignment_group_create``)

    Args:
        active (bool | Unset):
        fulfilled (bool | Unset):
        group_id (int | Unset):
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (ProgramLicenseGroupAssignmentCreate): Request serializer for
            ProgramLicenseGroupAssignmentView POST endpoint.

            This serializer validates the request data for creating or updating a program license
            group assignment. Group assignments will automatically create individual assignments for
            all users in the group.

            Fields:
            license_id: The ID of the program license to assign
            group_id: The ID of the user group to assign the license to
            platform_key: The unique identifier for the platform (for permission validation)
            platform_org: The organization identifier for the platform (for permission validation)
            active: Whether the group assignment should be active
            fulfilled: Whether the group assignment should be marked as fulfilled
            redirect_to: URL to redirect to after fulfillment
            metadata: Additional metadata for the group assignment

            Notes:
            - All users in the group will receive individual license assignments
            - The license must have enough available seats for all users in the group
            - If the license doesn't have enough seats, the operation will fail
            - Users who already have a direct assignment to this license will not be affected

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramLicenseGroupAssignmentDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            active=active,
            fulfilled=fulfilled,
            group_id=group_id,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=client,
        )
    ).unwrap()
