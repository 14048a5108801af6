from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.lti_key import LtiKey
from ...models.lti_key_request import LtiKeyRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_lti1p3_provider_lti_keys_update"


def _get_kwargs(
    id: str,
    *,
    body: LtiKeyRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/core/lti/1p3/provider/lti-keys/{id}/".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, LtiKeyRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LtiKey | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", LtiKey, response.json())

        return response_200

    return None


def sync_detailed(
    id: str,
    *,
    client: Client,
    body: LtiKeyRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[LtiKey]:
    """Update an LTI Provider Key

    ``PUT /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_update``)

    Args:
        id (str):
        body (LtiKeyRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LtiKey]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    id: str,
    *,
    client: Client,
    body: LtiKeyRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> LtiKey:
    """Update an LTI Provider Key

    ``PUT /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_update``)

    Args:
        id (str):
        body (LtiKeyRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LtiKey
    """

    return sync_detailed(
        id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    body: LtiKeyRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[LtiKey]:
    """Update an LTI Provider Key

    ``PUT /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_update``)

    Args:
        id (str):
        body (LtiKeyRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LtiKey]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    body: LtiKeyRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> LtiKey:
    """Update an LTI Provider Key

    ``PUT /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_update``)

    Args:
        id (str):
        body (LtiKeyRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LtiKey
    """

    return (
        await asyncio_detailed(
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
