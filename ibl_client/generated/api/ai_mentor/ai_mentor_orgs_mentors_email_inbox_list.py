from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_email_prompt_list_list import PaginatedEmailPromptListList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_mentors_email_inbox_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedEmailPromptListList,
}


def _get_kwargs(
    org: str,
    mentor: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/".format(
            org=quote(str(org), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedEmailPromptListList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedEmailPromptListList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    mentor: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedEmailPromptListList]:
    """Retrieve a list of emails in a mentor's inbox.

    The list can be filtered using the 'search' query parameter to search for specific terms in the
    email content or subject.

    Args:
    mentor: The unique identifier of the mentor.

    Returns:
    Response: A paginated list of emails in the mentor's inbox.

    Raises:
    NotFound: If the specified mentor does not exist.

    ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/`` (operation ``ai_mentor_orgs_mentors_email_inbox_list``)

    Args:
        org (str):
        mentor (str):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedEmailPromptListList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor,
            page=page,
            page_size=page_size,
            search=search,
        ),
        _parse_response,
    )


def sync(
    org: str,
    mentor: str,
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedEmailPromptListList:
    """Retrieve a list of emails in a mentor's inbox.

    The list can be filtered using the 'search' query parameter to search for specific terms in the
    email content or subject.

    Args:
    mentor: The unique identifier of the mentor.

    Returns:
    Response: A paginated list of emails in the mentor's inbox.

    Raises:
    NotFound: If the specified mentor does not exist.

    ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/`` (operation ``ai_mentor_orgs_mentors_email_inbox_list``)

    Args:
        org (str):
        mentor (str):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedEmailPromptListList
    """

    return sync_detailed(
        org,
        mentor,
        page=page,
        page_size=page_size,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    mentor: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedEmailPromptListList]:
    """Retrieve a list of emails in a mentor's inbox.

    The list can be filtered using the 'search' query parameter to search for specific terms in the
    email content or subject.

    Args:
    mentor: The unique identifier of the mentor.

    Returns:
    Response: A paginated list of emails in the mentor's inbox.

    Raises:
    NotFound: If the specified mentor does not exist.

    ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/`` (operation ``ai_mentor_orgs_mentors_email_inbox_list``)

    Args:
        org (str):
        mentor (str):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedEmailPromptListList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor,
            page=page,
            page_size=page_size,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    mentor: str,
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedEmailPromptListList:
    """Retrieve a list of emails in a mentor's inbox.

    The list can be filtered using the 'search' query parameter to search for specific terms in the
    email content or subject.

    Args:
    mentor: The unique identifier of the mentor.

    Returns:
    Response: A paginated list of emails in the mentor's inbox.

    Raises:
    NotFound: If the specified mentor does not exist.

    ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/`` (operation ``ai_mentor_orgs_mentors_email_inbox_list``)

    Args:
        org (str):
        mentor (str):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedEmailPromptListList
    """

    return (
        await asyncio_detailed(
            org,
            mentor,
            page=page,
            page_size=page_size,
            search=search,
            client=client,
        )
    ).unwrap()
