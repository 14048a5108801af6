from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.report_create import ReportCreate
from ...models.report_request import ReportRequest
from ...types import UNSET, Unset

OPERATION_ID = "reports_platforms_new_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ReportCreate,
}


def _get_kwargs(
    key: str,
    *,
    body: ReportRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/reports/platforms/{key}/new".format(
            key=quote(str(key), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ReportCreate | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ReportCreate.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    key: str,
    *,
    client: Client,
    body: ReportRequest | Unset = UNSET,
) -> Response[ReportCreate]:
    """Triggers a new report generation.

    If the report has been previously requested, it returns the status of the report. Reports expire
    after a configured duration.

    The request body should include: - report_name: Name of the report to generate - learner_id:
    (optional) ID of the learner to filter by - course_id: (optional) ID of the course to filter by
    - force: (optional) Force generation of a new report even if one exists - filters: (optional)
    Additional filters for the report - departments: (optional) Department IDs to filter by -
    mentor: (optional) Mentor unique_id for mentor-specific reports (e.g., ai-mentor-chat-history) -
    usergroup_ids: (optional) List of usergroup IDs to filter report data

    Required RBAC Permissions:
    1. CanViewAnalytics (kill switch):
    - Action: "Ibl.Analytics/CanViewAnalytics/action"
    - Resource: /platforms/{platform_pk}/
    2. Reports access to at least one user or usergroup:
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR
    /platforms/{platform_pk}/usergroups/{group_pk}/
    - Note: User must have access to at least one user or usergroup resource
    with Reports/read permission. Unrestricted access to all users
    (/platforms/{platform_pk}/users/) also satisfies this requirement.
    3. For mentor-specific reports (e.g., ai-mentor-chat-history):
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/mentors/{mentor_id}/
    - Note: User must have access to at least one mentor via RBAC OR own at least
    one mentor (created_by == username). If a specific mentor_unique_id is
    provided, user must have access to that specific mentor.
    - Raises PermissionDenied if user has no access to any mentors.

    ``POST /api/reports/platforms/{key}/new`` (operation ``reports_platforms_new_create``)

    Args:
        key (str):
        body (ReportRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportCreate]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            key,
            body=body,
        ),
        _parse_response,
    )


def sync(
    key: str,
    *,
    client: Client,
    body: ReportRequest | Unset = UNSET,
) -> ReportCreate:
    """Triggers a new report generation.

    If the report has been previously requested, it returns the status of the report. Reports expire
    after a configured duration.

    The request body should include: - report_name: Name of the report to generate - learner_id:
    (optional) ID of the learner to filter by - course_id: (optional) ID of the course to filter by
    - force: (optional) Force generation of a new report even if one exists - filters: (optional)
    Additional filters for the report - departments: (optional) Department IDs to filter by -
    mentor: (optional) Mentor unique_id for mentor-specific reports (e.g., ai-mentor-chat-history) -
    usergroup_ids: (optional) List of usergroup IDs to filter report data

    Required RBAC Permissions:
    1. CanViewAnalytics (kill switch):
    - Action: "Ibl.Analytics/CanViewAnalytics/action"
    - Resource: /platforms/{platform_pk}/
    2. Reports access to at least one user or usergroup:
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR
    /platforms/{platform_pk}/usergroups/{group_pk}/
    - Note: User must have access to at least one user or usergroup resource
    with Reports/read permission. Unrestricted access to all users
    (/platforms/{platform_pk}/users/) also satisfies this requirement.
    3. For mentor-specific reports (e.g., ai-mentor-chat-history):
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/mentors/{mentor_id}/
    - Note: User must have access to at least one mentor via RBAC OR own at least
    one mentor (created_by == username). If a specific mentor_unique_id is
    provided, user must have access to that specific mentor.
    - Raises PermissionDenied if user has no access to any mentors.

    ``POST /api/reports/platforms/{key}/new`` (operation ``reports_platforms_new_create``)

    Args:
        key (str):
        body (ReportRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportCreate
    """

    return sync_detailed(
        key,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    key: str,
    *,
    client: AsyncClient,
    body: ReportRequest | Unset = UNSET,
) -> Response[ReportCreate]:
    """Triggers a new report generation.

    If the report has been previously requested, it returns the status of the report. Reports expire
    after a configured duration.

    The request body should include: - report_name: Name of the report to generate - learner_id:
    (optional) ID of the learner to filter by - course_id: (optional) ID of the course to filter by
    - force: (optional) Force generation of a new report even if one exists - filters: (optional)
    Additional filters for the report - departments: (optional) Department IDs to filter by -
    mentor: (optional) Mentor unique_id for mentor-specific reports (e.g., ai-mentor-chat-history) -
    usergroup_ids: (optional) List of usergroup IDs to filter report data

    Required RBAC Permissions:
    1. CanViewAnalytics (kill switch):
    - Action: "Ibl.Analytics/CanViewAnalytics/action"
    - Resource: /platforms/{platform_pk}/
    2. Reports access to at least one user or usergroup:
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR
    /platforms/{platform_pk}/usergroups/{group_pk}/
    - Note: User must have access to at least one user or usergroup resource
    with Reports/read permission. Unrestricted access to all users
    (/platforms/{platform_pk}/users/) also satisfies this requirement.
    3. For mentor-specific reports (e.g., ai-mentor-chat-history):
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/mentors/{mentor_id}/
    - Note: User must have access to at least one mentor via RBAC OR own at least
    one mentor (created_by == username). If a specific mentor_unique_id is
    provided, user must have access to that specific mentor.
    - Raises PermissionDenied if user has no access to any mentors.

    ``POST /api/reports/platforms/{key}/new`` (operation ``reports_platforms_new_create``)

    Args:
        key (str):
        body (ReportRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ReportCreate]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            key,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    key: str,
    *,
    client: AsyncClient,
    body: ReportRequest | Unset = UNSET,
) -> ReportCreate:
    """Triggers a new report generation.

    If the report has been previously requested, it returns the status of the report. Reports expire
    after a configured duration.

    The request body should include: - report_name: Name of the report to generate - learner_id:
    (optional) ID of the learner to filter by - course_id: (optional) ID of the course to filter by
    - force: (optional) Force generation of a new report even if one exists - filters: (optional)
    Additional filters for the report - departments: (optional) Department IDs to filter by -
    mentor: (optional) Mentor unique_id for mentor-specific reports (e.g., ai-mentor-chat-history) -
    usergroup_ids: (optional) List of usergroup IDs to filter report data

    Required RBAC Permissions:
    1. CanViewAnalytics (kill switch):
    - Action: "Ibl.Analytics/CanViewAnalytics/action"
    - Resource: /platforms/{platform_pk}/
    2. Reports access to at least one user or usergroup:
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/users/{user_pk}/ OR
    /platforms/{platform_pk}/usergroups/{group_pk}/
    - Note: User must have access to at least one user or usergroup resource
    with Reports/read permission. Unrestricted access to all users
    (/platforms/{platform_pk}/users/) also satisfies this requirement.
    3. For mentor-specific reports (e.g., ai-mentor-chat-history):
    - Action: "Ibl.Analytics/Reports/read"
    - Resource: /platforms/{platform_pk}/mentors/{mentor_id}/
    - Note: User must have access to at least one mentor via RBAC OR own at least
    one mentor (created_by == username). If a specific mentor_unique_id is
    provided, user must have access to that specific mentor.
    - Raises PermissionDenied if user has no access to any mentors.

    ``POST /api/reports/platforms/{key}/new`` (operation ``reports_platforms_new_create``)

    Args:
        key (str):
        body (ReportRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ReportCreate
    """

    return (
        await asyncio_detailed(
            key,
            body=body,
            client=client,
        )
    ).unwrap()
