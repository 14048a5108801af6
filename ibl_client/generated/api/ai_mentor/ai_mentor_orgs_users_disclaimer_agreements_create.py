from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.disclaimer_agreement import DisclaimerAgreement
from ...models.disclaimer_agreement_request import DisclaimerAgreementRequest

OPERATION_ID = "ai_mentor_orgs_users_disclaimer_agreements_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: DisclaimerAgreement,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: DisclaimerAgreementRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DisclaimerAgreement | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = DisclaimerAgreement.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: DisclaimerAgreementRequest,
) -> Response[DisclaimerAgreement]:
    """API view for managing disclaimer agreements.

    This viewset provides Create Read and Delete operations for disclaimer agreements with different
    access levels:

    Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to
    create (for themselves) and delete agreements for themselves and other users. - Results are
    paginated and can be filtered

    Students: - Can only view their own disclaimer agreements - Limited to agreements where they are
    the user - Results are paginated and can be filtered

    List endpoint returns paginated results with disclaimer agreement objects:

    ``` {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "user": str,
    "disclaimer": int,
    "agreed_at": datetime,
    },
    ...
    ] } ```

    Detail endpoints return a single disclaimer agreement object with the same structure

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/`` (operation ``ai_mentor_orgs_users_disclaimer_agreements_create``)

    Args:
        org (str):
        user_id (str):
        body (DisclaimerAgreementRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DisclaimerAgreement]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: DisclaimerAgreementRequest,
) -> DisclaimerAgreement:
    """API view for managing disclaimer agreements.

    This viewset provides Create Read and Delete operations for disclaimer agreements with different
    access levels:

    Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to
    create (for themselves) and delete agreements for themselves and other users. - Results are
    paginated and can be filtered

    Students: - Can only view their own disclaimer agreements - Limited to agreements where they are
    the user - Results are paginated and can be filtered

    List endpoint returns paginated results with disclaimer agreement objects:

    ``` {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "user": str,
    "disclaimer": int,
    "agreed_at": datetime,
    },
    ...
    ] } ```

    Detail endpoints return a single disclaimer agreement object with the same structure

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/`` (operation ``ai_mentor_orgs_users_disclaimer_agreements_create``)

    Args:
        org (str):
        user_id (str):
        body (DisclaimerAgreementRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DisclaimerAgreement
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: DisclaimerAgreementRequest,
) -> Response[DisclaimerAgreement]:
    """API view for managing disclaimer agreements.

    This viewset provides Create Read and Delete operations for disclaimer agreements with different
    access levels:

    Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to
    create (for themselves) and delete agreements for themselves and other users. - Results are
    paginated and can be filtered

    Students: - Can only view their own disclaimer agreements - Limited to agreements where they are
    the user - Results are paginated and can be filtered

    List endpoint returns paginated results with disclaimer agreement objects:

    ``` {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "user": str,
    "disclaimer": int,
    "agreed_at": datetime,
    },
    ...
    ] } ```

    Detail endpoints return a single disclaimer agreement object with the same structure

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/`` (operation ``ai_mentor_orgs_users_disclaimer_agreements_create``)

    Args:
        org (str):
        user_id (str):
        body (DisclaimerAgreementRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DisclaimerAgreement]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: DisclaimerAgreementRequest,
) -> DisclaimerAgreement:
    """API view for managing disclaimer agreements.

    This viewset provides Create Read and Delete operations for disclaimer agreements with different
    access levels:

    Platform Admins: - Can view all disclaimer agreements for their platform - Have full access to
    create (for themselves) and delete agreements for themselves and other users. - Results are
    paginated and can be filtered

    Students: - Can only view their own disclaimer agreements - Limited to agreements where they are
    the user - Results are paginated and can be filtered

    List endpoint returns paginated results with disclaimer agreement objects:

    ``` {
    "count": int,
    "next": str,
    "previous": str,
    "results": [
    {
    "id": int,
    "user": str,
    "disclaimer": int,
    "agreed_at": datetime,
    },
    ...
    ] } ```

    Detail endpoints return a single disclaimer agreement object with the same structure

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/disclaimer-agreements/`` (operation ``ai_mentor_orgs_users_disclaimer_agreements_create``)

    Args:
        org (str):
        user_id (str):
        body (DisclaimerAgreementRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DisclaimerAgreement
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
