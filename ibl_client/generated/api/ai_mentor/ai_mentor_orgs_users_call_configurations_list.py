from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_users_call_configurations_list_mode import (
    AiMentorOrgsUsersCallConfigurationsListMode,
)
from ...models.call_configuration import CallConfiguration
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_call_configurations_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[CallConfiguration],
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    mentor: str | Unset = UNSET,
    mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mentor"] = mentor

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode

    params["mode"] = json_mode

    params["ordering"] = ordering

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[CallConfiguration] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CallConfiguration.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    mentor: str | Unset = UNSET,
    mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[list[CallConfiguration]]:
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

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/`` (operation ``ai_mentor_orgs_users_call_configurations_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str | Unset):
        mode (AiMentorOrgsUsersCallConfigurationsListMode | Unset):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[CallConfiguration]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor=mentor,
            mode=mode,
            ordering=ordering,
            search=search,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    mentor: str | Unset = UNSET,
    mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> list[CallConfiguration]:
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

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/`` (operation ``ai_mentor_orgs_users_call_configurations_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str | Unset):
        mode (AiMentorOrgsUsersCallConfigurationsListMode | Unset):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[CallConfiguration]
    """

    return sync_detailed(
        org,
        user_id,
        mentor=mentor,
        mode=mode,
        ordering=ordering,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    mentor: str | Unset = UNSET,
    mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[list[CallConfiguration]]:
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

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/`` (operation ``ai_mentor_orgs_users_call_configurations_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str | Unset):
        mode (AiMentorOrgsUsersCallConfigurationsListMode | Unset):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[CallConfiguration]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor=mentor,
            mode=mode,
            ordering=ordering,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    mentor: str | Unset = UNSET,
    mode: AiMentorOrgsUsersCallConfigurationsListMode | Unset = UNSET,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> list[CallConfiguration]:
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

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/call-configurations/`` (operation ``ai_mentor_orgs_users_call_configurations_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str | Unset):
        mode (AiMentorOrgsUsersCallConfigurationsListMode | Unset):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[CallConfiguration]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor=mentor,
            mode=mode,
            ordering=ordering,
            search=search,
            client=client,
        )
    ).unwrap()
