from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_skill import PaginatedSkill
from ...models.paginated_skill_request import PaginatedSkillRequest
from ...types import UNSET, Unset

OPERATION_ID = "catalog_skills_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedSkill,
}


def _get_kwargs(
    *,
    body: PaginatedSkillRequest,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["name__iexact"] = name_iexact

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/skills/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedSkill | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedSkill.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: PaginatedSkillRequest,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedSkill]:
    """Add or update a skill.

    ``POST /api/catalog/skills/`` (operation ``catalog_skills_create``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        body (PaginatedSkillRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedSkill]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: PaginatedSkillRequest,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedSkill:
    """Add or update a skill.

    ``POST /api/catalog/skills/`` (operation ``catalog_skills_create``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        body (PaginatedSkillRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedSkill
    """

    return sync_detailed(
        body=body,
        id=id,
        name=name,
        name_iexact=name_iexact,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        slug=slug,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PaginatedSkillRequest,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedSkill]:
    """Add or update a skill.

    ``POST /api/catalog/skills/`` (operation ``catalog_skills_create``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        body (PaginatedSkillRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedSkill]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: PaginatedSkillRequest,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedSkill:
    """Add or update a skill.

    ``POST /api/catalog/skills/`` (operation ``catalog_skills_create``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        body (PaginatedSkillRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedSkill
    """

    return (
        await asyncio_detailed(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=client,
        )
    ).unwrap()
