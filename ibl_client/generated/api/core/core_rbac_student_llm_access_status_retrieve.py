from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.student_llm_access_response import StudentLLMAccessResponse
from ...types import UNSET

OPERATION_ID = "core_rbac_student_llm_access_status_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: StudentLLMAccessResponse,
}


def _get_kwargs(
    *,
    platform_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/rbac/student-llm-access/status/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> StudentLLMAccessResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = StudentLLMAccessResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    platform_key: str,
) -> Response[StudentLLMAccessResponse]:
    """Get student LLM access permissions

    Check which LLM resources students are currently allowed to access on a platform

    ``GET /api/core/rbac/student-llm-access/status/`` (operation ``core_rbac_student_llm_access_status_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StudentLLMAccessResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key=platform_key,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    platform_key: str,
) -> StudentLLMAccessResponse:
    """Get student LLM access permissions

    Check which LLM resources students are currently allowed to access on a platform

    ``GET /api/core/rbac/student-llm-access/status/`` (operation ``core_rbac_student_llm_access_status_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StudentLLMAccessResponse
    """

    return sync_detailed(
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    platform_key: str,
) -> Response[StudentLLMAccessResponse]:
    """Get student LLM access permissions

    Check which LLM resources students are currently allowed to access on a platform

    ``GET /api/core/rbac/student-llm-access/status/`` (operation ``core_rbac_student_llm_access_status_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StudentLLMAccessResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key=platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    platform_key: str,
) -> StudentLLMAccessResponse:
    """Get student LLM access permissions

    Check which LLM resources students are currently allowed to access on a platform

    ``GET /api/core/rbac/student-llm-access/status/`` (operation ``core_rbac_student_llm_access_status_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StudentLLMAccessResponse
    """

    return (
        await asyncio_detailed(
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
