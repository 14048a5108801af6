from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.base_response import BaseResponse
from ...models.google_pay_verify_token import GooglePayVerifyToken

OPERATION_ID = "providers_google_pay_validate_transaction_id_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: BaseResponse,
}


def _get_kwargs(
    *,
    body: GooglePayVerifyToken,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/providers/google-pay/validate-transaction-id/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BaseResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = BaseResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: GooglePayVerifyToken,
) -> Response[BaseResponse]:
    """Associate a Google Pay account with a known user

    ``POST /api/providers/google-pay/validate-transaction-id/`` (operation ``providers_google_pay_validate_transaction_id_create``)

    Args:
        body (GooglePayVerifyToken):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BaseResponse]: status, headers, raw body and parsed model.
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
    body: GooglePayVerifyToken,
) -> BaseResponse:
    """Associate a Google Pay account with a known user

    ``POST /api/providers/google-pay/validate-transaction-id/`` (operation ``providers_google_pay_validate_transaction_id_create``)

    Args:
        body (GooglePayVerifyToken):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BaseResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: GooglePayVerifyToken,
) -> Response[BaseResponse]:
    """Associate a Google Pay account with a known user

    ``POST /api/providers/google-pay/validate-transaction-id/`` (operation ``providers_google_pay_validate_transaction_id_create``)

    Args:
        body (GooglePayVerifyToken):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BaseResponse]: status, headers, raw body and parsed model.
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
    body: GooglePayVerifyToken,
) -> BaseResponse:
    """Associate a Google Pay account with a known user

    ``POST /api/providers/google-pay/validate-transaction-id/`` (operation ``providers_google_pay_validate_transaction_id_create``)

    Args:
        body (GooglePayVerifyToken):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BaseResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
