from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_users_periodic_agents_list_previous_agent_status import (
    AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus,
)
from ...models.ai_mentor_orgs_users_periodic_agents_list_status import (
    AiMentorOrgsUsersPeriodicAgentsListStatus,
)
from ...models.paginated_periodic_agent_list import PaginatedPeriodicAgentList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_periodic_agents_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedPeriodicAgentList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    enabled: bool | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: int | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    previous_agent: int | Unset = UNSET,
    previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enabled"] = enabled

    params["mentor_id"] = mentor_id

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["parent_mentor_id"] = parent_mentor_id

    params["parent_session_id"] = parent_session_id

    params["previous_agent"] = previous_agent

    json_previous_agent_status: str | Unset = UNSET
    if not isinstance(previous_agent_status, Unset):
        json_previous_agent_status = previous_agent_status

    params["previous_agent_status"] = json_previous_agent_status

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["title"] = title

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedPeriodicAgentList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedPeriodicAgentList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    enabled: bool | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: int | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    previous_agent: int | Unset = UNSET,
    previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedPeriodicAgentList]:
    """Endpoint to create and view, update and delete periodic agents.

    Periodic agents are schedulers issued for mentors. These are configured with input prompt (if
    any) as well as a cron schedule to trigger the periodic agent.

    Access to these are restricted to platform admins and tenant administrators

    Session information for running the periodic agent will be generated with the credentials of the
    user (platform administrator) who created the agent.

    A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a
    `callback_url` is set for a Periodic Agent, a post request with data entries containing the log
    and timestamp of the run will be made to the callback_url provided. Here is the payload
    structure:
    ```
    {
    "timestamp": "timestamp when the run completed",
    "status": "status of the periodic agent",
    "prompt": "input prompt to agent,
    "agent_output": "...final response of agent",
    "log": "... full agent run log",
    "log_id": periodic agent log id.,
    }
    ``` The payload is encrypted using the `callback_secret` provided.

    You can validate the payload using the X-Hub-Signature-256 signature header for request data.
    This is a Sha256 encoded HMAC hex digest of the payload body.

    ```python import hmac import haslib

    def validate_payload(request: HttpRequest, callback_secret: str):
    # Get the X-Hub-Signature-256 header from the request
    received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")
    if not received_signature.startswith("sha256="):
    # Invalid signature format
    return False
    received_signature = received_signature[len("sha256=") :]
    try:
    # Get the raw request body
    payload = request.body
    # Compute the expected signature using the app_secret
    expected_signature = hmac.new(
    callback_secret.encode(), payload, hashlib.sha256
    ).hexdigest()
    if hmac.compare_digest(received_signature, expected_signature):
    # Signatures match, the payload is genuine
    return True
    else:
    # Signatures don't match
    return False
    except Exception as e:
    # Handle any errors that may occur during validation
    return False

    ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/`` (operation ``ai_mentor_orgs_users_periodic_agents_list``)

    Args:
        org (str):
        user_id (str):
        enabled (bool | Unset):
        mentor_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_mentor_id (int | Unset):
        parent_session_id (str | Unset):
        previous_agent (int | Unset):
        previous_agent_status (AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset):
        search (str | Unset):
        status (AiMentorOrgsUsersPeriodicAgentsListStatus | Unset):
        title (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedPeriodicAgentList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            enabled=enabled,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
            search=search,
            status=status,
            title=title,
            username=username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    enabled: bool | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: int | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    previous_agent: int | Unset = UNSET,
    previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedPeriodicAgentList:
    """Endpoint to create and view, update and delete periodic agents.

    Periodic agents are schedulers issued for mentors. These are configured with input prompt (if
    any) as well as a cron schedule to trigger the periodic agent.

    Access to these are restricted to platform admins and tenant administrators

    Session information for running the periodic agent will be generated with the credentials of the
    user (platform administrator) who created the agent.

    A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a
    `callback_url` is set for a Periodic Agent, a post request with data entries containing the log
    and timestamp of the run will be made to the callback_url provided. Here is the payload
    structure:
    ```
    {
    "timestamp": "timestamp when the run completed",
    "status": "status of the periodic agent",
    "prompt": "input prompt to agent,
    "agent_output": "...final response of agent",
    "log": "... full agent run log",
    "log_id": periodic agent log id.,
    }
    ``` The payload is encrypted using the `callback_secret` provided.

    You can validate the payload using the X-Hub-Signature-256 signature header for request data.
    This is a Sha256 encoded HMAC hex digest of the payload body.

    ```python import hmac import haslib

    def validate_payload(request: HttpRequest, callback_secret: str):
    # Get the X-Hub-Signature-256 header from the request
    received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")
    if not received_signature.startswith("sha256="):
    # Invalid signature format
    return False
    received_signature = received_signature[len("sha256=") :]
    try:
    # Get the raw request body
    payload = request.body
    # Compute the expected signature using the app_secret
    expected_signature = hmac.new(
    callback_secret.encode(), payload, hashlib.sha256
    ).hexdigest()
    if hmac.compare_digest(received_signature, expected_signature):
    # Signatures match, the payload is genuine
    return True
    else:
    # Signatures don't match
    return False
    except Exception as e:
    # Handle any errors that may occur during validation
    return False

    ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/`` (operation ``ai_mentor_orgs_users_periodic_agents_list``)

    Args:
        org (str):
        user_id (str):
        enabled (bool | Unset):
        mentor_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_mentor_id (int | Unset):
        parent_session_id (str | Unset):
        previous_agent (int | Unset):
        previous_agent_status (AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset):
        search (str | Unset):
        status (AiMentorOrgsUsersPeriodicAgentsListStatus | Unset):
        title (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedPeriodicAgentList
    """

    return sync_detailed(
        org,
        user_id,
        enabled=enabled,
        mentor_id=mentor_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        parent_mentor_id=parent_mentor_id,
        parent_session_id=parent_session_id,
        previous_agent=previous_agent,
        previous_agent_status=previous_agent_status,
        search=search,
        status=status,
        title=title,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    enabled: bool | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: int | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    previous_agent: int | Unset = UNSET,
    previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedPeriodicAgentList]:
    """Endpoint to create and view, update and delete periodic agents.

    Periodic agents are schedulers issued for mentors. These are configured with input prompt (if
    any) as well as a cron schedule to trigger the periodic agent.

    Access to these are restricted to platform admins and tenant administrators

    Session information for running the periodic agent will be generated with the credentials of the
    user (platform administrator) who created the agent.

    A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a
    `callback_url` is set for a Periodic Agent, a post request with data entries containing the log
    and timestamp of the run will be made to the callback_url provided. Here is the payload
    structure:
    ```
    {
    "timestamp": "timestamp when the run completed",
    "status": "status of the periodic agent",
    "prompt": "input prompt to agent,
    "agent_output": "...final response of agent",
    "log": "... full agent run log",
    "log_id": periodic agent log id.,
    }
    ``` The payload is encrypted using the `callback_secret` provided.

    You can validate the payload using the X-Hub-Signature-256 signature header for request data.
    This is a Sha256 encoded HMAC hex digest of the payload body.

    ```python import hmac import haslib

    def validate_payload(request: HttpRequest, callback_secret: str):
    # Get the X-Hub-Signature-256 header from the request
    received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")
    if not received_signature.startswith("sha256="):
    # Invalid signature format
    return False
    received_signature = received_signature[len("sha256=") :]
    try:
    # Get the raw request body
    payload = request.body
    # Compute the expected signature using the app_secret
    expected_signature = hmac.new(
    callback_secret.encode(), payload, hashlib.sha256
    ).hexdigest()
    if hmac.compare_digest(received_signature, expected_signature):
    # Signatures match, the payload is genuine
    return True
    else:
    # Signatures don't match
    return False
    except Exception as e:
    # Handle any errors that may occur during validation
    return False

    ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/`` (operation ``ai_mentor_orgs_users_periodic_agents_list``)

    Args:
        org (str):
        user_id (str):
        enabled (bool | Unset):
        mentor_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_mentor_id (int | Unset):
        parent_session_id (str | Unset):
        previous_agent (int | Unset):
        previous_agent_status (AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset):
        search (str | Unset):
        status (AiMentorOrgsUsersPeriodicAgentsListStatus | Unset):
        title (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedPeriodicAgentList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            enabled=enabled,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
            search=search,
            status=status,
            title=title,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    enabled: bool | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: int | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    previous_agent: int | Unset = UNSET,
    previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedPeriodicAgentList:
    """Endpoint to create and view, update and delete periodic agents.

    Periodic agents are schedulers issued for mentors. These are configured with input prompt (if
    any) as well as a cron schedule to trigger the periodic agent.

    Access to these are restricted to platform admins and tenant administrators

    Session information for running the periodic agent will be generated with the credentials of the
    user (platform administrator) who created the agent.

    A Periodic Agent is allowed to have a `callback_url` and `callback_secret`. When a
    `callback_url` is set for a Periodic Agent, a post request with data entries containing the log
    and timestamp of the run will be made to the callback_url provided. Here is the payload
    structure:
    ```
    {
    "timestamp": "timestamp when the run completed",
    "status": "status of the periodic agent",
    "prompt": "input prompt to agent,
    "agent_output": "...final response of agent",
    "log": "... full agent run log",
    "log_id": periodic agent log id.,
    }
    ``` The payload is encrypted using the `callback_secret` provided.

    You can validate the payload using the X-Hub-Signature-256 signature header for request data.
    This is a Sha256 encoded HMAC hex digest of the payload body.

    ```python import hmac import haslib

    def validate_payload(request: HttpRequest, callback_secret: str):
    # Get the X-Hub-Signature-256 header from the request
    received_signature = request.META.get("HTTP_X_HUB_SIGNATURE_256", "")
    if not received_signature.startswith("sha256="):
    # Invalid signature format
    return False
    received_signature = received_signature[len("sha256=") :]
    try:
    # Get the raw request body
    payload = request.body
    # Compute the expected signature using the app_secret
    expected_signature = hmac.new(
    callback_secret.encode(), payload, hashlib.sha256
    ).hexdigest()
    if hmac.compare_digest(received_signature, expected_signature):
    # Signatures match, the payload is genuine
    return True
    else:
    # Signatures don't match
    return False
    except Exception as e:
    # Handle any errors that may occur during validation
    return False

    ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/`` (operation ``ai_mentor_orgs_users_periodic_agents_list``)

    Args:
        org (str):
        user_id (str):
        enabled (bool | Unset):
        mentor_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_mentor_id (int | Unset):
        parent_session_id (str | Unset):
        previous_agent (int | Unset):
        previous_agent_status (AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset):
        search (str | Unset):
        status (AiMentorOrgsUsersPeriodicAgentsListStatus | Unset):
        title (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedPeriodicAgentList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            enabled=enabled,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            previous_agent=previous_agent,
            previous_agent_status=previous_agent_status,
            search=search,
            status=status,
            title=title,
            username=username,
            client=client,
        )
    ).unwrap()
