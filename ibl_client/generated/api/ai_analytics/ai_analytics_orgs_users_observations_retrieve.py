from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.observation import Observation

OPERATION_ID = "ai_analytics_orgs_users_observations_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Observation,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/observations/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Observation | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Observation.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: str,
    *,
    client: Client,
) -> Response[Observation]:
    """Viewset for retrieving and listing Langfuse observations.

    This viewset provides read-only access to Langfuse observations data for platform admins.
    Observations represent detailed tracking of AI model interactions and responses.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/observations/{id}/`` (operation ``ai_analytics_orgs_users_observations_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Observation]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: str,
    *,
    client: Client,
) -> Observation:
    """Viewset for retrieving and listing Langfuse observations.

    This viewset provides read-only access to Langfuse observations data for platform admins.
    Observations represent detailed tracking of AI model interactions and responses.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/observations/{id}/`` (operation ``ai_analytics_orgs_users_observations_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Observation
    """

    return sync_detailed(
        org,
        user_id,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: str,
    *,
    client: AsyncClient,
) -> Response[Observation]:
    """Viewset for retrieving and listing Langfuse observations.

    This viewset provides read-only access to Langfuse observations data for platform admins.
    Observations represent detailed tracking of AI model interactions and responses.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/observations/{id}/`` (operation ``ai_analytics_orgs_users_observations_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Observation]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: str,
    *,
    client: AsyncClient,
) -> Observation:
    """Viewset for retrieving and listing Langfuse observations.

    This viewset provides read-only access to Langfuse observations data for platform admins.
    Observations represent detailed tracking of AI model interactions and responses.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/observations/{id}/`` (operation ``ai_analytics_orgs_users_observations_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Observation
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
