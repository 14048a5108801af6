from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.email_prompt_detail import EmailPromptDetail

OPERATION_ID = "ai_mentor_orgs_mentors_email_inbox_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: EmailPromptDetail,
}


def _get_kwargs(
    org: str,
    mentor: str,
    email_prompt_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/{email_prompt_id}/".format(
            org=quote(str(org), safe=""),
            mentor=quote(str(mentor), safe=""),
            email_prompt_id=quote(str(email_prompt_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> EmailPromptDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = EmailPromptDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    mentor: str,
    email_prompt_id: int,
    *,
    client: Client,
) -> Response[EmailPromptDetail]:
    """Retrieve details of a specific email in a mentor's inbox.

    Args:
    request: The HTTP request.
    email_prompt_id: The ID of the email to retrieve.

    Returns:
    Response: The detailed information about the email.

    Raises:
    NotFound: If the specified email does not exist.

    ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/{email_prompt_id}/`` (operation ``ai_mentor_orgs_mentors_email_inbox_retrieve``)

    Args:
        org (str):
        mentor (str):
        email_prompt_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[EmailPromptDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor,
            email_prompt_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    mentor: str,
    email_prompt_id: int,
    *,
    client: Client,
) -> EmailPromptDetail:
    """Retrieve details of a specific email in a mentor's inbox.

    Args:
    request: The HTTP request.
    email_prompt_id: The ID of the email to retrieve.

    Returns:
    Response: The detailed information about the email.

    Raises:
    NotFound: If the specified email does not exist.

    ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/{email_prompt_id}/`` (operation ``ai_mentor_orgs_mentors_email_inbox_retrieve``)

    Args:
        org (str):
        mentor (str):
        email_prompt_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        EmailPromptDetail
    """

    return sync_detailed(
        org,
        mentor,
        email_prompt_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    mentor: str,
    email_prompt_id: int,
    *,
    client: AsyncClient,
) -> Response[EmailPromptDetail]:
    """Retrieve details of a specific email in a mentor's inbox.

    Args:
    request: The HTTP request.
    email_prompt_id: The ID of the email to retrieve.

    Returns:
    Response: The detailed information about the email.

    Raises:
    NotFound: If the specified email does not exist.

    ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/{email_prompt_id}/`` (operation ``ai_mentor_orgs_mentors_email_inbox_retrieve``)

    Args:
        org (str):
        mentor (str):
        email_prompt_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[EmailPromptDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor,
            email_prompt_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    mentor: str,
    email_prompt_id: int,
    *,
    client: AsyncClient,
) -> EmailPromptDetail:
    """Retrieve details of a specific email in a mentor's inbox.

    Args:
    request: The HTTP request.
    email_prompt_id: The ID of the email to retrieve.

    Returns:
    Response: The detailed information about the email.

    Raises:
    NotFound: If the specified email does not exist.

    ``GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/{email_prompt_id}/`` (operation ``ai_mentor_orgs_mentors_email_inbox_retrieve``)

    Args:
        org (str):
        mentor (str):
        email_prompt_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        EmailPromptDetail
    """

    return (
        await asyncio_detailed(
            org,
            mentor,
            email_prompt_id,
            client=client,
        )
    ).unwrap()
