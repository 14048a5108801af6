from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.education import Education
from ...models.education_request import EducationRequest

OPERATION_ID = "career_orgs_education_users_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Education,
}


def _get_kwargs(
    org: str,
    username: str,
    *,
    body: EducationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/career/orgs/{org}/education/users/{username}/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Education | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Education.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
    body: EducationRequest,
) -> Response[Education]:
    """``PUT /api/career/orgs/{org}/education/users/{username}/`` (operation ``career_orgs_education_users_update``)

    Args:
        org (str):
        username (str):
        body (EducationRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Education]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    *,
    client: Client,
    body: EducationRequest,
) -> Education:
    """``PUT /api/career/orgs/{org}/education/users/{username}/`` (operation ``career_orgs_education_users_update``)

    Args:
        org (str):
        username (str):
        body (EducationRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Education
    """

    return sync_detailed(
        org,
        username,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    body: EducationRequest,
) -> Response[Education]:
    """``PUT /api/career/orgs/{org}/education/users/{username}/`` (operation ``career_orgs_education_users_update``)

    Args:
        org (str):
        username (str):
        body (EducationRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Education]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    *,
    client: AsyncClient,
    body: EducationRequest,
) -> Education:
    """``PUT /api/career/orgs/{org}/education/users/{username}/`` (operation ``career_orgs_education_users_update``)

    Args:
        org (str):
        username (str):
        body (EducationRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Education
    """

    return (
        await asyncio_detailed(
            org,
            username,
            body=body,
            client=client,
        )
    ).unwrap()
