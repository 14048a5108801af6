from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.call_configuration import CallConfiguration

OPERATION_ID = "ai_mentor_orgs_users_call_configurations_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CallConfiguration,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CallConfiguration | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CallConfiguration.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[CallConfiguration]:
    """API ViewSet for managing call configurations.

    This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors.
    Call configurations define how voice calls are handled for a mentor.

    Permissions:
    - Accessible only to platform admins.

    Endpoints:
    GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/
    - List all call configurations for a specific mentor
    - Returns paginated list of call configurations
    POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
    - Create a new call configuration for a mentor
    - Requires call configuration data in request body
    PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/
    - Update an existing call configuration
    - Requires call configuration data in request body

    Query Parameters:
    - mentor: Filter configurations by mentor ID

    Returns:
    - CallConfigurationSerializer data

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/`` (operation ``ai_mentor_orgs_users_call_configurations_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CallConfiguration]: status, headers, raw body and parsed model.
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
    id: int,
    *,
    client: Client,
) -> CallConfiguration:
    """API ViewSet for managing call configurations.

    This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors.
    Call configurations define how voice calls are handled for a mentor.

    Permissions:
    - Accessible only to platform admins.

    Endpoints:
    GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/
    - List all call configurations for a specific mentor
    - Returns paginated list of call configurations
    POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
    - Create a new call configuration for a mentor
    - Requires call configuration data in request body
    PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/
    - Update an existing call configuration
    - Requires call configuration data in request body

    Query Parameters:
    - mentor: Filter configurations by mentor ID

    Returns:
    - CallConfigurationSerializer data

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/`` (operation ``ai_mentor_orgs_users_call_configurations_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CallConfiguration
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
    id: int,
    *,
    client: AsyncClient,
) -> Response[CallConfiguration]:
    """API ViewSet for managing call configurations.

    This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors.
    Call configurations define how voice calls are handled for a mentor.

    Permissions:
    - Accessible only to platform admins.

    Endpoints:
    GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/
    - List all call configurations for a specific mentor
    - Returns paginated list of call configurations
    POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
    - Create a new call configuration for a mentor
    - Requires call configuration data in request body
    PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/
    - Update an existing call configuration
    - Requires call configuration data in request body

    Query Parameters:
    - mentor: Filter configurations by mentor ID

    Returns:
    - CallConfigurationSerializer data

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/`` (operation ``ai_mentor_orgs_users_call_configurations_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CallConfiguration]: status, headers, raw body and parsed model.
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
    id: int,
    *,
    client: AsyncClient,
) -> CallConfiguration:
    """API ViewSet for managing call configurations.

    This ViewSet provides endpoints to retrieve, create, and update call configurations for mentors.
    Call configurations define how voice calls are handled for a mentor.

    Permissions:
    - Accessible only to platform admins.

    Endpoints:
    GET /api/org/{org}/mentors/{mentor_pk}/call-configurations/
    - List all call configurations for a specific mentor
    - Returns paginated list of call configurations
    POST /api/org/{org}/mentors/{mentor_pk}/call-configurations/
    - Create a new call configuration for a mentor
    - Requires call configuration data in request body
    PUT /api/org/{org}/mentors/{mentor_pk}/call-configurations/{id}/
    - Update an existing call configuration
    - Requires call configuration data in request body

    Query Parameters:
    - mentor: Filter configurations by mentor ID

    Returns:
    - CallConfigurationSerializer data

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/{id}/`` (operation ``ai_mentor_orgs_users_call_configurations_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CallConfiguration
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
