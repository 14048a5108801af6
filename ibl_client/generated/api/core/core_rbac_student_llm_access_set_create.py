from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.set_student_llm_access import SetStudentLLMAccess
from ...models.student_llm_access_response import StudentLLMAccessResponse

OPERATION_ID = "core_rbac_student_llm_access_set_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: StudentLLMAccessResponse,
}


def _get_kwargs(
    *,
    body: SetStudentLLMAccess,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/rbac/student-llm-access/set/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
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
    body: SetStudentLLMAccess,
) -> Response[StudentLLMAccessResponse]:
    """Set student LLM access permissions

    Configure which LLM resources students can access on a platform by replacing the LLM Users
    policy resources

    ``POST /api/core/rbac/student-llm-access/set/`` (operation ``core_rbac_student_llm_access_set_create``)

    Args:
        body (SetStudentLLMAccess): Serializer for setting student LLM access permissions

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StudentLLMAccessResponse]: status, headers, raw body and parsed model.
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
    body: SetStudentLLMAccess,
) -> StudentLLMAccessResponse:
    """Set student LLM access permissions

    Configure which LLM resources students can access on a platform by replacing the LLM Users
    policy resources

    ``POST /api/core/rbac/student-llm-access/set/`` (operation ``core_rbac_student_llm_access_set_create``)

    Args:
        body (SetStudentLLMAccess): Serializer for setting student LLM access permissions

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StudentLLMAccessResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: SetStudentLLMAccess,
) -> Response[StudentLLMAccessResponse]:
    """Set student LLM access permissions

    Configure which LLM resources students can access on a platform by replacing the LLM Users
    policy resources

    ``POST /api/core/rbac/student-llm-access/set/`` (operation ``core_rbac_student_llm_access_set_create``)

    Args:
        body (SetStudentLLMAccess): Serializer for setting student LLM access permissions

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StudentLLMAccessResponse]: status, headers, raw body and parsed model.
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
    body: SetStudentLLMAccess,
) -> StudentLLMAccessResponse:
    """Set student LLM access permissions

    Configure which LLM resources students can access on a platform by replacing the LLM Users
    policy resources

    ``POST /api/core/rbac/student-llm-access/set/`` (operation ``core_rbac_student_llm_access_set_create``)

    Args:
        body (SetStudentLLMAccess): Serializer for setting student LLM access permissions

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StudentLLMAccessResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
