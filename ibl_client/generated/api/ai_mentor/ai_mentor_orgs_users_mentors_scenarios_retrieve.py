from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_scenario import MentorScenario

OPERATION_ID = "ai_mentor_orgs_users_mentors_scenarios_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorScenario,
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/scenarios/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorScenario | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorScenario.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
) -> Response[MentorScenario]:
    """Retrieve available scenarios for a specific mentor.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    mentor: The identifier of the mentor to retrieve scenarios for.

    Returns:
    Response: The available scenarios for the mentor.

    Raises:
    NotFound: If the specified mentor or scenarios do not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/scenarios/`` (operation ``ai_mentor_orgs_users_mentors_scenarios_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorScenario]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
) -> MentorScenario:
    """Retrieve available scenarios for a specific mentor.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    mentor: The identifier of the mentor to retrieve scenarios for.

    Returns:
    Response: The available scenarios for the mentor.

    Raises:
    NotFound: If the specified mentor or scenarios do not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/scenarios/`` (operation ``ai_mentor_orgs_users_mentors_scenarios_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorScenario
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
) -> Response[MentorScenario]:
    """Retrieve available scenarios for a specific mentor.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    mentor: The identifier of the mentor to retrieve scenarios for.

    Returns:
    Response: The available scenarios for the mentor.

    Raises:
    NotFound: If the specified mentor or scenarios do not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/scenarios/`` (operation ``ai_mentor_orgs_users_mentors_scenarios_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorScenario]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
) -> MentorScenario:
    """Retrieve available scenarios for a specific mentor.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    mentor: The identifier of the mentor to retrieve scenarios for.

    Returns:
    Response: The available scenarios for the mentor.

    Raises:
    NotFound: If the specified mentor or scenarios do not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/scenarios/`` (operation ``ai_mentor_orgs_users_mentors_scenarios_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorScenario
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=client,
        )
    ).unwrap()
