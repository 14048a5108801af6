from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.agent_config import AgentConfig
from ...models.agent_config_request import AgentConfigRequest

OPERATION_ID = "ai_mentor_orgs_agent_configs_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: AgentConfig,
}


def _get_kwargs(
    org: str,
    *,
    body: AgentConfigRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/agent-configs/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AgentConfig | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = AgentConfig.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: AgentConfigRequest,
) -> Response[AgentConfig]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``POST /api/ai-mentor/orgs/{org}/agent-configs/`` (operation ``ai_mentor_orgs_agent_configs_create``)

    Args:
        org (str):
        body (AgentConfigRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AgentConfig]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: AgentConfigRequest,
) -> AgentConfig:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``POST /api/ai-mentor/orgs/{org}/agent-configs/`` (operation ``ai_mentor_orgs_agent_configs_create``)

    Args:
        org (str):
        body (AgentConfigRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AgentConfig
    """

    return sync_detailed(
        org,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: AgentConfigRequest,
) -> Response[AgentConfig]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``POST /api/ai-mentor/orgs/{org}/agent-configs/`` (operation ``ai_mentor_orgs_agent_configs_create``)

    Args:
        org (str):
        body (AgentConfigRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AgentConfig]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: AgentConfigRequest,
) -> AgentConfig:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``POST /api/ai-mentor/orgs/{org}/agent-configs/`` (operation ``ai_mentor_orgs_agent_configs_create``)

    Args:
        org (str):
        body (AgentConfigRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AgentConfig
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            client=client,
        )
    ).unwrap()
