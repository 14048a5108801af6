from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_summary import MentorSummary

OPERATION_ID = "ai_mentor_orgs_users_mentors_summaries_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorSummary,
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    summary_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/summaries/{summary_type}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
            summary_type=quote(str(summary_type), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorSummary | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorSummary.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    summary_type: str,
    *,
    client: Client,
) -> Response[MentorSummary]:
    """GET
    `/api/orgs/<platform_key>/users/<username>/mentors/<mentor_unique_id>/summaries/<summary_type>/`

    Endpoint to get mentor summary. The summary type can be `user` or `general`.

    Sample response: ``` {"rating": 3.9, "summary": "The mentor had a good chat."} ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/summaries/{summary_type}/`` (operation ``ai_mentor_orgs_users_mentors_summaries_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        summary_type (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorSummary]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            summary_type,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    summary_type: str,
    *,
    client: Client,
) -> MentorSummary:
    """GET
    `/api/orgs/<platform_key>/users/<username>/mentors/<mentor_unique_id>/summaries/<summary_type>/`

    Endpoint to get mentor summary. The summary type can be `user` or `general`.

    Sample response: ``` {"rating": 3.9, "summary": "The mentor had a good chat."} ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/summaries/{summary_type}/`` (operation ``ai_mentor_orgs_users_mentors_summaries_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        summary_type (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorSummary
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        summary_type,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    summary_type: str,
    *,
    client: AsyncClient,
) -> Response[MentorSummary]:
    """GET
    `/api/orgs/<platform_key>/users/<username>/mentors/<mentor_unique_id>/summaries/<summary_type>/`

    Endpoint to get mentor summary. The summary type can be `user` or `general`.

    Sample response: ``` {"rating": 3.9, "summary": "The mentor had a good chat."} ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/summaries/{summary_type}/`` (operation ``ai_mentor_orgs_users_mentors_summaries_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        summary_type (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorSummary]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            summary_type,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    summary_type: str,
    *,
    client: AsyncClient,
) -> MentorSummary:
    """GET
    `/api/orgs/<platform_key>/users/<username>/mentors/<mentor_unique_id>/summaries/<summary_type>/`

    Endpoint to get mentor summary. The summary type can be `user` or `general`.

    Sample response: ``` {"rating": 3.9, "summary": "The mentor had a good chat."} ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/summaries/{summary_type}/`` (operation ``ai_mentor_orgs_users_mentors_summaries_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        summary_type (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorSummary
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            summary_type,
            client=client,
        )
    ).unwrap()
