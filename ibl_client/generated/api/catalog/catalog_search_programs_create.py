from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_search import ProgramSearch
from ...models.program_search_request import ProgramSearchRequest
from ...types import UNSET, Unset

OPERATION_ID = "catalog_search_programs_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramSearch,
}


def _get_kwargs(
    *,
    body: ProgramSearchRequest,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["org"] = org

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/search/programs/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramSearch | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramSearch.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ProgramSearchRequest,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ProgramSearch]:
    """POST Retrieve programs matching query.

    Params: query: The search term used to filter programs. org: The organization to which the
    programs belong.

    Returns: A JSON response containing a list of programs that match the search criteria.

    Error Conditions: - If the request data is malformed or missing required fields, a 400 Bad
    Request may be returned. - If there is an issue with the database query, a 500 Internal Server
    Error may be returned.

    Side Effects: - None

    Special Return Codes: - A 200 status code indicates successful retrieval of programs matching
    the query.

    ``POST /api/catalog/search/programs/`` (operation ``catalog_search_programs_create``)

    Args:
        org (str | Unset):
        query (str | Unset):
        body (ProgramSearchRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramSearch]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            org=org,
            query=query,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: ProgramSearchRequest,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ProgramSearch:
    """POST Retrieve programs matching query.

    Params: query: The search term used to filter programs. org: The organization to which the
    programs belong.

    Returns: A JSON response containing a list of programs that match the search criteria.

    Error Conditions: - If the request data is malformed or missing required fields, a 400 Bad
    Request may be returned. - If there is an issue with the database query, a 500 Internal Server
    Error may be returned.

    Side Effects: - None

    Special Return Codes: - A 200 status code indicates successful retrieval of programs matching
    the query.

    ``POST /api/catalog/search/programs/`` (operation ``catalog_search_programs_create``)

    Args:
        org (str | Unset):
        query (str | Unset):
        body (ProgramSearchRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramSearch
    """

    return sync_detailed(
        body=body,
        org=org,
        query=query,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ProgramSearchRequest,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ProgramSearch]:
    """POST Retrieve programs matching query.

    Params: query: The search term used to filter programs. org: The organization to which the
    programs belong.

    Returns: A JSON response containing a list of programs that match the search criteria.

    Error Conditions: - If the request data is malformed or missing required fields, a 400 Bad
    Request may be returned. - If there is an issue with the database query, a 500 Internal Server
    Error may be returned.

    Side Effects: - None

    Special Return Codes: - A 200 status code indicates successful retrieval of programs matching
    the query.

    ``POST /api/catalog/search/programs/`` (operation ``catalog_search_programs_create``)

    Args:
        org (str | Unset):
        query (str | Unset):
        body (ProgramSearchRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramSearch]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            org=org,
            query=query,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ProgramSearchRequest,
    org: str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ProgramSearch:
    """POST Retrieve programs matching query.

    Params: query: The search term used to filter programs. org: The organization to which the
    programs belong.

    Returns: A JSON response containing a list of programs that match the search criteria.

    Error Conditions: - If the request data is malformed or missing required fields, a 400 Bad
    Request may be returned. - If there is an issue with the database query, a 500 Internal Server
    Error may be returned.

    Side Effects: - None

    Special Return Codes: - A 200 status code indicates successful retrieval of programs matching
    the query.

    ``POST /api/catalog/search/programs/`` (operation ``catalog_search_programs_create``)

    Args:
        org (str | Unset):
        query (str | Unset):
        body (ProgramSearchRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramSearch
    """

    return (
        await asyncio_detailed(
            body=body,
            org=org,
            query=query,
            client=client,
        )
    ).unwrap()
