from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.activate_user_free_trial import ActivateUserFreeTrial

OPERATION_ID = "features_apps_update_trial_status_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ActivateUserFreeTrial,
}


def _get_kwargs(
    *,
    body: ActivateUserFreeTrial,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/features/apps/update-trial-status/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ActivateUserFreeTrial | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ActivateUserFreeTrial.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ActivateUserFreeTrial,
) -> Response[ActivateUserFreeTrial]:
    """Activates free trial for the user

    Set free_trial_started to True| false for the user app

    App URL or ID is required as well as the platform key

    ``POST /api/features/apps/update-trial-status/`` (operation ``features_apps_update_trial_status_create``)

    Args:
        body (ActivateUserFreeTrial):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ActivateUserFreeTrial]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: ActivateUserFreeTrial,
) -> ActivateUserFreeTrial:
    """Activates free trial for the user

    Set free_trial_started to True| false for the user app

    App URL or ID is required as well as the platform key

    ``POST /api/features/apps/update-trial-status/`` (operation ``features_apps_update_trial_status_create``)

    Args:
        body (ActivateUserFreeTrial):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ActivateUserFreeTrial
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ActivateUserFreeTrial,
) -> Response[ActivateUserFreeTrial]:
    """Activates free trial for the user

    Set free_trial_started to True| false for the user app

    App URL or ID is required as well as the platform key

    ``POST /api/features/apps/update-trial-status/`` (operation ``features_apps_update_trial_status_create``)

    Args:
        body (ActivateUserFreeTrial):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ActivateUserFreeTrial]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ActivateUserFreeTrial,
) -> ActivateUserFreeTrial:
    """Activates free trial for the user

    Set free_trial_started to True| false for the user app

    App URL or ID is required as well as the platform key

    ``POST /api/features/apps/update-trial-status/`` (operation ``features_apps_update_trial_status_create``)

    Args:
        body (ActivateUserFreeTrial):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ActivateUserFreeTrial
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
