from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_account_orgs_use_default_llm_key_create_200_response import (
    AiAccountOrgsUseDefaultLlmKeyCreate200Response,
)
from ...models.use_main_creds import UseMainCreds

OPERATION_ID = "ai_account_orgs_use_default_llm_key_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: AiAccountOrgsUseDefaultLlmKeyCreate200Response,
}


def _get_kwargs(
    org: str,
    *,
    body: UseMainCreds,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-account/orgs/{org}/use-default-llm-key/".format(
            org=quote(str(org), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> AiAccountOrgsUseDefaultLlmKeyCreate200Response | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = AiAccountOrgsUseDefaultLlmKeyCreate200Response.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: UseMainCreds,
) -> Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]:
    """Enable or disable the use of main LLM credentials for an organization.

    Request Body:
    enable (boolean): Set to true to enable main credentials
    disable (boolean): Set to true to disable main credentials

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: Confirmation message

    Raises:
    ValidationError: When neither enable nor disable is specified

    ``POST /api/ai-account/orgs/{org}/use-default-llm-key/`` (operation ``ai_account_orgs_use_default_llm_key_create``)

    Args:
        org (str):
        body (UseMainCreds):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]: status, headers, raw body and parsed model.
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
    body: UseMainCreds,
) -> AiAccountOrgsUseDefaultLlmKeyCreate200Response:
    """Enable or disable the use of main LLM credentials for an organization.

    Request Body:
    enable (boolean): Set to true to enable main credentials
    disable (boolean): Set to true to disable main credentials

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: Confirmation message

    Raises:
    ValidationError: When neither enable nor disable is specified

    ``POST /api/ai-account/orgs/{org}/use-default-llm-key/`` (operation ``ai_account_orgs_use_default_llm_key_create``)

    Args:
        org (str):
        body (UseMainCreds):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AiAccountOrgsUseDefaultLlmKeyCreate200Response
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
    body: UseMainCreds,
) -> Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]:
    """Enable or disable the use of main LLM credentials for an organization.

    Request Body:
    enable (boolean): Set to true to enable main credentials
    disable (boolean): Set to true to disable main credentials

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: Confirmation message

    Raises:
    ValidationError: When neither enable nor disable is specified

    ``POST /api/ai-account/orgs/{org}/use-default-llm-key/`` (operation ``ai_account_orgs_use_default_llm_key_create``)

    Args:
        org (str):
        body (UseMainCreds):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]: status, headers, raw body and parsed model.
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
    body: UseMainCreds,
) -> AiAccountOrgsUseDefaultLlmKeyCreate200Response:
    """Enable or disable the use of main LLM credentials for an organization.

    Request Body:
    enable (boolean): Set to true to enable main credentials
    disable (boolean): Set to true to disable main credentials

    Args:
    request: The HTTP request
    org: Organization key identifier

    Returns:
    Response: Confirmation message

    Raises:
    ValidationError: When neither enable nor disable is specified

    ``POST /api/ai-account/orgs/{org}/use-default-llm-key/`` (operation ``ai_account_orgs_use_default_llm_key_create``)

    Args:
        org (str):
        body (UseMainCreds):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AiAccountOrgsUseDefaultLlmKeyCreate200Response
    """

    return (
        await asyncio_detailed(
            org,
            body=body,
            client=client,
        )
    ).unwrap()
