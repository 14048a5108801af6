from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.pathway_enrollment import PathwayEnrollment
from ...models.pathway_self_enrollment_request import PathwaySelfEnrollmentRequest
from ...types import UNSET, Unset

OPERATION_ID = "catalog_enrollment_pathways_self_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PathwayEnrollment,
}


def _get_kwargs(
    *,
    body: PathwaySelfEnrollmentRequest | Unset = UNSET,
    active: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["active"] = active

    params["org"] = org

    params["pathway_id"] = pathway_id

    params["pathway_key"] = pathway_key

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/enrollment/pathways/self/",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PathwayEnrollment | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PathwayEnrollment.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: PathwaySelfEnrollmentRequest | Unset = UNSET,
    active: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PathwayEnrollment]:
    """Log user enrollment with a pathway.

    ``POST /api/catalog/enrollment/pathways/self/`` (operation ``catalog_enrollment_pathways_self_create``)

    Args:
        active (bool | Unset):
        org (str | Unset):
        pathway_id (str | Unset):
        pathway_key (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (str | Unset):
        username (str | Unset):
        body (PathwaySelfEnrollmentRequest | Unset): Serializer for pathway self-enrollment
            request parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PathwayEnrollment]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: PathwaySelfEnrollmentRequest | Unset = UNSET,
    active: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PathwayEnrollment:
    """Log user enrollment with a pathway.

    ``POST /api/catalog/enrollment/pathways/self/`` (operation ``catalog_enrollment_pathways_self_create``)

    Args:
        active (bool | Unset):
        org (str | Unset):
        pathway_id (str | Unset):
        pathway_key (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (str | Unset):
        username (str | Unset):
        body (PathwaySelfEnrollmentRequest | Unset): Serializer for pathway self-enrollment
            request parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PathwayEnrollment
    """

    return sync_detailed(
        body=body,
        active=active,
        org=org,
        pathway_id=pathway_id,
        pathway_key=pathway_key,
        platform_key=platform_key,
        slug=slug,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PathwaySelfEnrollmentRequest | Unset = UNSET,
    active: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PathwayEnrollment]:
    """Log user enrollment with a pathway.

    ``POST /api/catalog/enrollment/pathways/self/`` (operation ``catalog_enrollment_pathways_self_create``)

    Args:
        active (bool | Unset):
        org (str | Unset):
        pathway_id (str | Unset):
        pathway_key (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (str | Unset):
        username (str | Unset):
        body (PathwaySelfEnrollmentRequest | Unset): Serializer for pathway self-enrollment
            request parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PathwayEnrollment]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: PathwaySelfEnrollmentRequest | Unset = UNSET,
    active: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PathwayEnrollment:
    """Log user enrollment with a pathway.

    ``POST /api/catalog/enrollment/pathways/self/`` (operation ``catalog_enrollment_pathways_self_create``)

    Args:
        active (bool | Unset):
        org (str | Unset):
        pathway_id (str | Unset):
        pathway_key (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (str | Unset):
        username (str | Unset):
        body (PathwaySelfEnrollmentRequest | Unset): Serializer for pathway self-enrollment
            request parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PathwayEnrollment
    """

    return (
        await asyncio_detailed(
            body=body,
            active=active,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
