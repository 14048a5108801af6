from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.lti_mentor import LtiMentor
from ...models.lti_mentor_request import LtiMentorRequest

OPERATION_ID = "core_lti1p3_provider_lti_mentors_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LtiMentor,
}


def _get_kwargs(
    id: str,
    *,
    body: LtiMentorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/core/lti/1p3/provider/lti-mentors/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LtiMentor | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = LtiMentor.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    id: str,
    *,
    client: Client,
    body: LtiMentorRequest,
) -> Response[LtiMentor]:
    """Update an LTI Mentor

    ``PUT /api/core/lti/1p3/provider/lti-mentors/{id}/`` (operation ``core_lti1p3_provider_lti_mentors_update``)

    Args:
        id (str):
        body (LtiMentorRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LtiMentor]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    id: str,
    *,
    client: Client,
    body: LtiMentorRequest,
) -> LtiMentor:
    """Update an LTI Mentor

    ``PUT /api/core/lti/1p3/provider/lti-mentors/{id}/`` (operation ``core_lti1p3_provider_lti_mentors_update``)

    Args:
        id (str):
        body (LtiMentorRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LtiMentor
    """

    return sync_detailed(
        id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    body: LtiMentorRequest,
) -> Response[LtiMentor]:
    """Update an LTI Mentor

    ``PUT /api/core/lti/1p3/provider/lti-mentors/{id}/`` (operation ``core_lti1p3_provider_lti_mentors_update``)

    Args:
        id (str):
        body (LtiMentorRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LtiMentor]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    body: LtiMentorRequest,
) -> LtiMentor:
    """Update an LTI Mentor

    ``PUT /api/core/lti/1p3/provider/lti-mentors/{id}/`` (operation ``core_lti1p3_provider_lti_mentors_update``)

    Args:
        id (str):
        body (LtiMentorRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LtiMentor
    """

    return (
        await asyncio_detailed(
            id,
            body=body,
            client=client,
        )
    ).unwrap()
