from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_license_create import CourseLicenseCreate
from ...models.course_license_detail import CourseLicenseDetail

OPERATION_ID = "catalog_licenses_course_create_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseLicenseDetail,
}


def _get_kwargs(
    *,
    body: CourseLicenseCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/licenses/course/create/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseLicenseDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseLicenseDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: CourseLicenseCreate,
) -> Response[CourseLicenseDetail]:
    """Create a new course license

    ``POST /api/catalog/licenses/course/create/`` (operation ``catalog_licenses_course_create_create``)

    Args:
        body (CourseLicenseCreate): Request serializer for CourseLicenseCreateView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseLicenseDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: CourseLicenseCreate,
) -> CourseLicenseDetail:
    """Create a new course license

    ``POST /api/catalog/licenses/course/create/`` (operation ``catalog_licenses_course_create_create``)

    Args:
        body (CourseLicenseCreate): Request serializer for CourseLicenseCreateView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseLicenseDetail
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseLicenseCreate,
) -> Response[CourseLicenseDetail]:
    """Create a new course license

    ``POST /api/catalog/licenses/course/create/`` (operation ``catalog_licenses_course_create_create``)

    Args:
        body (CourseLicenseCreate): Request serializer for CourseLicenseCreateView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseLicenseDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: CourseLicenseCreate,
) -> CourseLicenseDetail:
    """Create a new course license

    ``POST /api/catalog/licenses/course/create/`` (operation ``catalog_licenses_course_create_create``)

    Args:
        body (CourseLicenseCreate): Request serializer for CourseLicenseCreateView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseLicenseDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
