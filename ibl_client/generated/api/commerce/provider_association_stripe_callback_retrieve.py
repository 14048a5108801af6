from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_account_orgs_use_default_llm_key_create_200_response import (
    AiAccountOrgsUseDefaultLlmKeyCreate200Response,
)

OPERATION_ID = "provider_association_stripe_callback_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: AiAccountOrgsUseDefaultLlmKeyCreate200Response,
}


def _get_kwargs(
    launch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/provider-association/stripe/callback/{launch_id}/".format(
            launch_id=quote(str(launch_id), safe=""),
        ),
    }
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
    launch_id: str,
    *,
    client: Client,
) -> Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]:
    """Handle callbacks from Stripe after successful checkout.

    Updates: - Platform launch state - Association configuration status

    ``GET /api/provider-association/stripe/callback/{launch_id}/`` (operation ``provider_association_stripe_callback_retrieve``)

    Args:
        launch_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            launch_id,
        ),
        _parse_response,
    )


def sync(
    launch_id: str,
    *,
    client: Client,
) -> AiAccountOrgsUseDefaultLlmKeyCreate200Response:
    """Handle callbacks from Stripe after successful checkout.

    Updates: - Platform launch state - Association configuration status

    ``GET /api/provider-association/stripe/callback/{launch_id}/`` (operation ``provider_association_stripe_callback_retrieve``)

    Args:
        launch_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AiAccountOrgsUseDefaultLlmKeyCreate200Response
    """

    return sync_detailed(
        launch_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    launch_id: str,
    *,
    client: AsyncClient,
) -> Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]:
    """Handle callbacks from Stripe after successful checkout.

    Updates: - Platform launch state - Association configuration status

    ``GET /api/provider-association/stripe/callback/{launch_id}/`` (operation ``provider_association_stripe_callback_retrieve``)

    Args:
        launch_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            launch_id,
        ),
        _parse_response,
    )


async def asyncio(
    launch_id: str,
    *,
    client: AsyncClient,
) -> AiAccountOrgsUseDefaultLlmKeyCreate200Response:
    """Handle callbacks from Stripe after successful checkout.

    Updates: - Platform launch state - Association configuration status

    ``GET /api/provider-association/stripe/callback/{launch_id}/`` (operation ``provider_association_stripe_callback_retrieve``)

    Args:
        launch_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AiAccountOrgsUseDefaultLlmKeyCreate200Response
    """

    return (
        await asyncio_detailed(
            launch_id,
            client=client,
        )
    ).unwrap()
