from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Unset

OPERATION_ID = "catalog_metadata_choices_retrieve"


def _get_kwargs(
    *,
    field_key: str | Unset = UNSET,
    org: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["field_key"] = field_key

    params["org"] = org

    params["scope"] = scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/metadata/choices/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return None

    return None


def sync_detailed(
    *,
    client: Client,
    field_key: str | Unset = UNSET,
    org: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[Any]:
    """Query metadata choices based on field_key, scope, and org parameters.

    ``GET /api/catalog/metadata/choices/`` (operation ``catalog_metadata_choices_retrieve``)

    Args:
        field_key (str | Unset): The key of the field for which choices are being queried
        org (str | Unset): The organization context for the metadata choices
        scope (str | Unset): The scope within which to query the metadata choices (course,
            program, pathway, resource)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            field_key=field_key,
            org=org,
            scope=scope,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    field_key: str | Unset = UNSET,
    org: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Any:
    """Query metadata choices based on field_key, scope, and org parameters.

    ``GET /api/catalog/metadata/choices/`` (operation ``catalog_metadata_choices_retrieve``)

    Args:
        field_key (str | Unset): The key of the field for which choices are being queried
        org (str | Unset): The organization context for the metadata choices
        scope (str | Unset): The scope within which to query the metadata choices (course,
            program, pathway, resource)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        field_key=field_key,
        org=org,
        scope=scope,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    field_key: str | Unset = UNSET,
    org: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Response[Any]:
    """Query metadata choices based on field_key, scope, and org parameters.

    ``GET /api/catalog/metadata/choices/`` (operation ``catalog_metadata_choices_retrieve``)

    Args:
        field_key (str | Unset): The key of the field for which choices are being queried
        org (str | Unset): The organization context for the metadata choices
        scope (str | Unset): The scope within which to query the metadata choices (course,
            program, pathway, resource)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            field_key=field_key,
            org=org,
            scope=scope,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    field_key: str | Unset = UNSET,
    org: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> Any:
    """Query metadata choices based on field_key, scope, and org parameters.

    ``GET /api/catalog/metadata/choices/`` (operation ``catalog_metadata_choices_retrieve``)

    Args:
        field_key (str | Unset): The key of the field for which choices are being queried
        org (str | Unset): The organization context for the metadata choices
        scope (str | Unset): The scope within which to query the metadata choices (course,
            program, pathway, resource)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            field_key=field_key,
            org=org,
            scope=scope,
            client=client,
        )
    ).unwrap()
