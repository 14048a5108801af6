from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.activate_user_free_trial import ActivateUserFreeTrial
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "features_apps_update_trial_status_create"


def _get_kwargs(
    *,
    body: ActivateUserFreeTrial | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/features/apps/update-trial-status/",
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, ActivateUserFreeTrial, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ActivateUserFreeTrial | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", ActivateUserFreeTrial, response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ActivateUserFreeTrial | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    body: ActivateUserFreeTrial | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ActivateUserFreeTrial | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ActivateUserFreeTrial | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
