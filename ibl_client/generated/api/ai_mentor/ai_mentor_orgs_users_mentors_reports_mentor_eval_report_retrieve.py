from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.mentor_eval_report import MentorEvalReport

OPERATION_ID = "ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MentorEvalReport,
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    report_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/reports/{report_id}/mentor-eval-report/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
            report_id=quote(str(report_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> MentorEvalReport | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MentorEvalReport.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    report_id: int,
    *,
    client: Client,
) -> Response[MentorEvalReport]:
    """Retrieve a specific evaluation report.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    mentor: The identifier of the mentor that was evaluated.
    report_id: The ID of the evaluation report to retrieve.

    Returns:
    Response: The detailed evaluation report.

    Raises:
    BadRequest: If the report does not exist, does not match the mentor, or is still being
    generated.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/reports/{report_id}/mentor-eval-report/`` (operation ``ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        report_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorEvalReport]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            report_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    report_id: int,
    *,
    client: Client,
) -> MentorEvalReport:
    """Retrieve a specific evaluation report.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    mentor: The identifier of the mentor that was evaluated.
    report_id: The ID of the evaluation report to retrieve.

    Returns:
    Response: The detailed evaluation report.

    Raises:
    BadRequest: If the report does not exist, does not match the mentor, or is still being
    generated.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/reports/{report_id}/mentor-eval-report/`` (operation ``ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        report_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorEvalReport
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        report_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    report_id: int,
    *,
    client: AsyncClient,
) -> Response[MentorEvalReport]:
    """Retrieve a specific evaluation report.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    mentor: The identifier of the mentor that was evaluated.
    report_id: The ID of the evaluation report to retrieve.

    Returns:
    Response: The detailed evaluation report.

    Raises:
    BadRequest: If the report does not exist, does not match the mentor, or is still being
    generated.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/reports/{report_id}/mentor-eval-report/`` (operation ``ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        report_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MentorEvalReport]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            report_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    report_id: int,
    *,
    client: AsyncClient,
) -> MentorEvalReport:
    """Retrieve a specific evaluation report.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user making the request.
    mentor: The identifier of the mentor that was evaluated.
    report_id: The ID of the evaluation report to retrieve.

    Returns:
    Response: The detailed evaluation report.

    Raises:
    BadRequest: If the report does not exist, does not match the mentor, or is still being
    generated.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/reports/{report_id}/mentor-eval-report/`` (operation ``ai_mentor_orgs_users_mentors_reports_mentor_eval_report_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        report_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MentorEvalReport
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            report_id,
            client=client,
        )
    ).unwrap()
