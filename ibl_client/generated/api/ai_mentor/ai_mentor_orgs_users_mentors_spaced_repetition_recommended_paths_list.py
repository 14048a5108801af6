from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.question_card_tag import QuestionCardTag

OPERATION_ID = "ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[QuestionCardTag],
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-recommended-paths/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[QuestionCardTag] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = QuestionCardTag.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
) -> Response[list[QuestionCardTag]]:
    """Retrieve a list of learning paths associated with a specific mentor and student.

    This endpoint uses the memory component to establish the learning context for a student under
    the guidance of a mentor. It verifies that the provided organization identifier matches the
    mentor's platform key, and then retrieves learning path tags associated with the student's
    question cards. Each tag is annotated with the total number of question cards and the count of
    cards with successful repetitions (i.e., correct answers). The learning paths are ordered by the
    number of correct answers and limited to the top five entries.

    Args:
    request: The HTTP request containing the necessary context.
    org (str): The organization identifier/platform key.
    user_id (str): The username of the student.
    mentor (str): The unique identifier of the mentor.
    *args: Additional positional arguments.
    **kwargs: Additional keyword arguments.

    Returns:
    Resp200onse: memory component detail infomrmation

    Raises:
    NotFound: If the memory component for the specified mentor and student cannot be found,
    or if the organization identifier does not match the mentor's platform key.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-recommended-paths/`` (operation ``ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[QuestionCardTag]]: status, headers, raw body and parsed model.
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
) -> list[QuestionCardTag]:
    """Retrieve a list of learning paths associated with a specific mentor and student.

    This endpoint uses the memory component to establish the learning context for a student under
    the guidance of a mentor. It verifies that the provided organization identifier matches the
    mentor's platform key, and then retrieves learning path tags associated with the student's
    question cards. Each tag is annotated with the total number of question cards and the count of
    cards with successful repetitions (i.e., correct answers). The learning paths are ordered by the
    number of correct answers and limited to the top five entries.

    Args:
    request: The HTTP request containing the necessary context.
    org (str): The organization identifier/platform key.
    user_id (str): The username of the student.
    mentor (str): The unique identifier of the mentor.
    *args: Additional positional arguments.
    **kwargs: Additional keyword arguments.

    Returns:
    Resp200onse: memory component detail infomrmation

    Raises:
    NotFound: If the memory component for the specified mentor and student cannot be found,
    or if the organization identifier does not match the mentor's platform key.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-recommended-paths/`` (operation ``ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[QuestionCardTag]
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
) -> Response[list[QuestionCardTag]]:
    """Retrieve a list of learning paths associated with a specific mentor and student.

    This endpoint uses the memory component to establish the learning context for a student under
    the guidance of a mentor. It verifies that the provided organization identifier matches the
    mentor's platform key, and then retrieves learning path tags associated with the student's
    question cards. Each tag is annotated with the total number of question cards and the count of
    cards with successful repetitions (i.e., correct answers). The learning paths are ordered by the
    number of correct answers and limited to the top five entries.

    Args:
    request: The HTTP request containing the necessary context.
    org (str): The organization identifier/platform key.
    user_id (str): The username of the student.
    mentor (str): The unique identifier of the mentor.
    *args: Additional positional arguments.
    **kwargs: Additional keyword arguments.

    Returns:
    Resp200onse: memory component detail infomrmation

    Raises:
    NotFound: If the memory component for the specified mentor and student cannot be found,
    or if the organization identifier does not match the mentor's platform key.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-recommended-paths/`` (operation ``ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[QuestionCardTag]]: status, headers, raw body and parsed model.
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
) -> list[QuestionCardTag]:
    """Retrieve a list of learning paths associated with a specific mentor and student.

    This endpoint uses the memory component to establish the learning context for a student under
    the guidance of a mentor. It verifies that the provided organization identifier matches the
    mentor's platform key, and then retrieves learning path tags associated with the student's
    question cards. Each tag is annotated with the total number of question cards and the count of
    cards with successful repetitions (i.e., correct answers). The learning paths are ordered by the
    number of correct answers and limited to the top five entries.

    Args:
    request: The HTTP request containing the necessary context.
    org (str): The organization identifier/platform key.
    user_id (str): The username of the student.
    mentor (str): The unique identifier of the mentor.
    *args: Additional positional arguments.
    **kwargs: Additional keyword arguments.

    Returns:
    Resp200onse: memory component detail infomrmation

    Raises:
    NotFound: If the memory component for the specified mentor and student cannot be found,
    or if the organization identifier does not match the mentor's platform key.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/spaced-repetition-recommended-paths/`` (operation ``ai_mentor_orgs_users_mentors_spaced_repetition_recommended_paths_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[QuestionCardTag]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=client,
        )
    ).unwrap()
