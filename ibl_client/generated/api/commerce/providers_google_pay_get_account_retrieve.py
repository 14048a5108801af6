from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.google_pay_account_response import GooglePayAccountResponse

OPERATION_ID = "providers_google_pay_get_account_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: GooglePayAccountResponse,
}


def _get_kwargs(
    bundle_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/providers/google-pay/get-account/{bundle_id}".format(
            bundle_id=quote(str(bundle_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> GooglePayAccountResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = GooglePayAccountResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    bundle_id: str,
    *,
    client: Client,
) -> Response[GooglePayAccountResponse]:
    """Google Allows us to pass an obfuscated account id to be sent to during a subscription purchase

    ``GET /api/providers/google-pay/get-account/{bundle_id}`` (operation ``providers_google_pay_get_account_retrieve``)

    Args:
        bundle_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[GooglePayAccountResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            bundle_id,
        ),
        _parse_response,
    )


def sync(
    bundle_id: str,
    *,
    client: Client,
) -> GooglePayAccountResponse:
    """Google Allows us to pass an obfuscated account id to be sent to during a subscription purchase

    ``GET /api/providers/google-pay/get-account/{bundle_id}`` (operation ``providers_google_pay_get_account_retrieve``)

    Args:
        bundle_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        GooglePayAccountResponse
    """

    return sync_detailed(
        bundle_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    bundle_id: str,
    *,
    client: AsyncClient,
) -> Response[GooglePayAccountResponse]:
    """Google Allows us to pass an obfuscated account id to be sent to during a subscription purchase

    ``GET /api/providers/google-pay/get-account/{bundle_id}`` (operation ``providers_google_pay_get_account_retrieve``)

    Args:
        bundle_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[GooglePayAccountResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            bundle_id,
        ),
        _parse_response,
    )


async def asyncio(
    bundle_id: str,
    *,
    client: AsyncClient,
) -> GooglePayAccountResponse:
    """Google Allows us to pass an obfuscated account id to be sent to during a subscription purchase

    ``GET /api/providers/google-pay/get-account/{bundle_id}`` (operation ``providers_google_pay_get_account_retrieve``)

    Args:
        bundle_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        GooglePayAccountResponse
    """

    return (
        await asyncio_detailed(
            bundle_id,
            client=client,
        )
    ).unwrap()
