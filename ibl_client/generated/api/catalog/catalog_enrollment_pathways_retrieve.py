from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.pathway_enrollment_plus import PathwayEnrollmentPlus
from ...types import UNSET, Unset

OPERATION_ID = "catalog_enrollment_pathways_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PathwayEnrollmentPlus,
}


def _get_kwargs(
    *,
    active: bool | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["include_default_platform"] = include_default_platform

    params["include_metadata"] = include_metadata

    params["org"] = org

    params["pathway_id"] = pathway_id

    params["pathway_key"] = pathway_key

    params["pathway_uuid"] = pathway_uuid

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/enrollment/pathways/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PathwayEnrollmentPlus | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PathwayEnrollmentPlus.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    active: bool | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PathwayEnrollmentPlus]:
    """Search pathway enrollments. Requires user_id or username and pathway_id or slug.

    ``GET /api/catalog/enrollment/pathways/`` (operation ``catalog_enrollment_pathways_retrieve``)

    Args:
        active (bool | Unset):
        include_default_platform (bool | Unset):
        include_metadata (bool | Unset):
        org (str | Unset):
        pathway_id (str | Unset):
        pathway_key (str | Unset):
        pathway_uuid (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PathwayEnrollmentPlus]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
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
    active: bool | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PathwayEnrollmentPlus:
    """Search pathway enrollments. Requires user_id or username and pathway_id or slug.

    ``GET /api/catalog/enrollment/pathways/`` (operation ``catalog_enrollment_pathways_retrieve``)

    Args:
        active (bool | Unset):
        include_default_platform (bool | Unset):
        include_metadata (bool | Unset):
        org (str | Unset):
        pathway_id (str | Unset):
        pathway_key (str | Unset):
        pathway_uuid (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PathwayEnrollmentPlus
    """

    return sync_detailed(
        active=active,
        include_default_platform=include_default_platform,
        include_metadata=include_metadata,
        org=org,
        pathway_id=pathway_id,
        pathway_key=pathway_key,
        pathway_uuid=pathway_uuid,
        platform_key=platform_key,
        slug=slug,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PathwayEnrollmentPlus]:
    """Search pathway enrollments. Requires user_id or username and pathway_id or slug.

    ``GET /api/catalog/enrollment/pathways/`` (operation ``catalog_enrollment_pathways_retrieve``)

    Args:
        active (bool | Unset):
        include_default_platform (bool | Unset):
        include_metadata (bool | Unset):
        org (str | Unset):
        pathway_id (str | Unset):
        pathway_key (str | Unset):
        pathway_uuid (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PathwayEnrollmentPlus]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
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
    active: bool | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    include_metadata: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    pathway_id: str | Unset = UNSET,
    pathway_key: str | Unset = UNSET,
    pathway_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PathwayEnrollmentPlus:
    """Search pathway enrollments. Requires user_id or username and pathway_id or slug.

    ``GET /api/catalog/enrollment/pathways/`` (operation ``catalog_enrollment_pathways_retrieve``)

    Args:
        active (bool | Unset):
        include_default_platform (bool | Unset):
        include_metadata (bool | Unset):
        org (str | Unset):
        pathway_id (str | Unset):
        pathway_key (str | Unset):
        pathway_uuid (str | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PathwayEnrollmentPlus
    """

    return (
        await asyncio_detailed(
            active=active,
            include_default_platform=include_default_platform,
            include_metadata=include_metadata,
            org=org,
            pathway_id=pathway_id,
            pathway_key=pathway_key,
            pathway_uuid=pathway_uuid,
            platform_key=platform_key,
            slug=slug,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
