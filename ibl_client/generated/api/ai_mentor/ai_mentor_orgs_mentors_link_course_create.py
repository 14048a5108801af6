from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.link_course_request import LinkCourseRequest
from ...models.link_course_response import LinkCourseResponse

OPERATION_ID = "ai_mentor_orgs_mentors_link_course_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LinkCourseResponse,
}


def _get_kwargs(
    org: str,
    mentor: str,
    *,
    body: LinkCourseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/".format(
            org=quote(str(org), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LinkCourseResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = LinkCourseResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    mentor: str,
    *,
    client: Client,
    body: LinkCourseRequest,
) -> Response[LinkCourseResponse]:
    """API endpoint to link mentor with a course and enable guided mode.

    Permissions:
    - Accessible to tenant admins.

    ``POST /api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/`` (operation ``ai_mentor_orgs_mentors_link_course_create``)

    Args:
        org (str):
        mentor (str):
        body (LinkCourseRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LinkCourseResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    mentor: str,
    *,
    client: Client,
    body: LinkCourseRequest,
) -> LinkCourseResponse:
    """API endpoint to link mentor with a course and enable guided mode.

    Permissions:
    - Accessible to tenant admins.

    ``POST /api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/`` (operation ``ai_mentor_orgs_mentors_link_course_create``)

    Args:
        org (str):
        mentor (str):
        body (LinkCourseRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LinkCourseResponse
    """

    return sync_detailed(
        org,
        mentor,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: LinkCourseRequest,
) -> Response[LinkCourseResponse]:
    """API endpoint to link mentor with a course and enable guided mode.

    Permissions:
    - Accessible to tenant admins.

    ``POST /api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/`` (operation ``ai_mentor_orgs_mentors_link_course_create``)

    Args:
        org (str):
        mentor (str):
        body (LinkCourseRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LinkCourseResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: LinkCourseRequest,
) -> LinkCourseResponse:
    """API endpoint to link mentor with a course and enable guided mode.

    Permissions:
    - Accessible to tenant admins.

    ``POST /api/ai-mentor/orgs/{org}/mentors/{mentor}/link-course/`` (operation ``ai_mentor_orgs_mentors_link_course_create``)

    Args:
        org (str):
        mentor (str):
        body (LinkCourseRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LinkCourseResponse
    """

    return (
        await asyncio_detailed(
            org,
            mentor,
            body=body,
            client=client,
        )
    ).unwrap()
