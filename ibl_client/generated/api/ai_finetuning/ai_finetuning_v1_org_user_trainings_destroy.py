from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response

OPERATION_ID = "ai_finetuning_v1_org_user_trainings_destroy"


def _get_kwargs(
    org: str,
    username: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Any | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    org: str,
    username: str,
    id: str,
    *,
    client: Client,
) -> Response[Any]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``DELETE /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_destroy``)

    Args:
        org (str):
        username (str):
        id (str): A UUID string identifying this training.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    id: str,
    *,
    client: Client,
) -> Any:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``DELETE /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_destroy``)

    Args:
        org (str):
        username (str):
        id (str): A UUID string identifying this training.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return sync_detailed(
        org,
        username,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    id: str,
    *,
    client: AsyncClient,
) -> Response[Any]:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``DELETE /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_destroy``)

    Args:
        org (str):
        username (str):
        id (str): A UUID string identifying this training.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Any]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    id: str,
    *,
    client: AsyncClient,
) -> Any:
    """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

    ``DELETE /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/{id}/`` (operation ``ai_finetuning_v1_org_user_trainings_destroy``)

    Args:
        org (str):
        username (str):
        id (str): A UUID string identifying this training.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            org,
            username,
            id,
            client=client,
        )
    ).unwrap()
