from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_license_assignment_create import ProgramLicenseAssignmentCreate
from ...models.program_license_assignment_detail import ProgramLicenseAssignmentDetail
from ...types import UNSET, Unset

OPERATION_ID = "catalog_licenses_program_assignment_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramLicenseAssignmentDetail,
}


def _get_kwargs(
    *,
    body: ProgramLicenseAssignmentCreate,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["active"] = active

    params["email"] = email

    params["fulfilled"] = fulfilled

    params["license_id"] = license_id

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/licenses/program/assignment/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramLicenseAssignmentDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramLicenseAssignmentDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ProgramLicenseAssignmentCreate,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[ProgramLicenseAssignmentDetail]:
    """Create or update a program license assignment

    ``POST /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_create``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        fulfilled (bool | Unset):
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        user_id (int | Unset):
        body (ProgramLicenseAssignmentCreate): Request serializer for ProgramLicenseAssignmentView
            POST endpoint.

            This serializer validates the request data for creating or updating a program license
            assignment. Either user_id or email must be provided to identify the user to assign the
            license to.

            Fields:
            license_id: The ID of the program license to assign
            user_id: The user ID to assign the license to (required if email not provided)
            username: The username to assign the license to (alternative to user_id)
            email: The email to assign the license to (required if user_id not provided)
            platform_key: The unique identifier for the platform (for permission validation)
            platform_org: The organization identifier for the platform (for permission validation)
            active: Whether the assignment should be active
            fulfilled: Whether the assignment should be marked as fulfilled
            direct: Whether the assignment is being directly assigned to the user
            redirect_to: URL to redirect to after fulfillment
            metadata: Additional metadata for the assignment

            Notes:
            - If both user_id and email are provided, user_id takes precedence
            - If the user doesn't exist but email is provided, an email-only assignment will be
            created
            - The license must have available seats for the assignment to succeed

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramLicenseAssignmentDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: ProgramLicenseAssignmentCreate,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> ProgramLicenseAssignmentDetail:
    """Create or update a program license assignment

    ``POST /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_create``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        fulfilled (bool | Unset):
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        user_id (int | Unset):
        body (ProgramLicenseAssignmentCreate): Request serializer for ProgramLicenseAssignmentView
            POST endpoint.

            This serializer validates the request data for creating or updating a program license
            assignment. Either user_id or email must be provided to identify the user to assign the
            license to.

            Fields:
            license_id: The ID of the program license to assign
            user_id: The user ID to assign the license to (required if email not provided)
            username: The username to assign the license to (alternative to user_id)
            email: The email to assign the license to (required if user_id not provided)
            platform_key: The unique identifier for the platform (for permission validation)
            platform_org: The organization identifier for the platform (for permission validation)
            active: Whether the assignment should be active
            fulfilled: Whether the assignment should be marked as fulfilled
            direct: Whether the assignment is being directly assigned to the user
            redirect_to: URL to redirect to after fulfillment
            metadata: Additional metadata for the assignment

            Notes:
            - If both user_id and email are provided, user_id takes precedence
            - If the user doesn't exist but email is provided, an email-only assignment will be
            created
            - The license must have available seats for the assignment to succeed

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramLicenseAssignmentDetail
    """

    return sync_detailed(
        body=body,
        active=active,
        email=email,
        fulfilled=fulfilled,
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        user_id=user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ProgramLicenseAssignmentCreate,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[ProgramLicenseAssignmentDetail]:
    """Create or update a program license assignment

    ``POST /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_create``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        fulfilled (bool | Unset):
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        user_id (int | Unset):
        body (ProgramLicenseAssignmentCreate): Request serializer for ProgramLicenseAssignmentView
            POST endpoint.

            This serializer validates the request data for creating or updating a program license
            assignment. Either user_id or email must be provided to identify the user to assign the
            license to.

            Fields:
            license_id: The ID of the program license to assign
            user_id: The user ID to assign the license to (required if email not provided)
            username: The username to assign the license to (alternative to user_id)
            email: The email to assign the license to (required if user_id not provided)
            platform_key: The unique identifier for the platform (for permission validation)
            platform_org: The organization identifier for the platform (for permission validation)
            active: Whether the assignment should be active
            fulfilled: Whether the assignment should be marked as fulfilled
            direct: Whether the assignment is being directly assigned to the user
            redirect_to: URL to redirect to after fulfillment
            metadata: Additional metadata for the assignment

            Notes:
            - If both user_id and email are provided, user_id takes precedence
            - If the user doesn't exist but email is provided, an email-only assignment will be
            created
            - The license must have available seats for the assignment to succeed

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramLicenseAssignmentDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ProgramLicenseAssignmentCreate,
    active: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    fulfilled: bool | Unset = UNSET,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> ProgramLicenseAssignmentDetail:
    """Create or update a program license assignment

    ``POST /api/catalog/licenses/program/assignment/`` (operation ``catalog_licenses_program_assignment_create``)

    Args:
        active (bool | Unset):
        email (str | Unset):
        fulfilled (bool | Unset):
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        user_id (int | Unset):
        body (ProgramLicenseAssignmentCreate): Request serializer for ProgramLicenseAssignmentView
            POST endpoint.

            This serializer validates the request data for creating or updating a program license
            assignment. Either user_id or email must be provided to identify the user to assign the
            license to.

            Fields:
            license_id: The ID of the program license to assign
            user_id: The user ID to assign the license to (required if email not provided)
            username: The username to assign the license to (alternative to user_id)
            email: The email to assign the license to (required if user_id not provided)
            platform_key: The unique identifier for the platform (for permission validation)
            platform_org: The organization identifier for the platform (for permission validation)
            active: Whether the assignment should be active
            fulfilled: Whether the assignment should be marked as fulfilled
            direct: Whether the assignment is being directly assigned to the user
            redirect_to: URL to redirect to after fulfillment
            metadata: Additional metadata for the assignment

            Notes:
            - If both user_id and email are provided, user_id takes precedence
            - If the user doesn't exist but email is provided, an email-only assignment will be
            created
            - The license must have available seats for the assignment to succeed

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramLicenseAssignmentDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            active=active,
            email=email,
            fulfilled=fulfilled,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            user_id=user_id,
            client=client,
        )
    ).unwrap()
