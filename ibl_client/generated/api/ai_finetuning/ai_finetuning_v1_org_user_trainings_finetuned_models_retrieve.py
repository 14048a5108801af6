from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.training import Training

OPERATION_ID = "ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Training,
}


def _get_kwargs(
    org: str,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-finetuning/v1/org/{org}/user/{username}/trainings/finetuned-models/".format(
            org=quote(str(org), safe=""),
            username=quote(str(username), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Training | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Training.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    username: str,
    *,
    client: Client,
) -> Response[Training]:
    """Retrieves a paginated list of completed fine-tuned models, excluding those without a fine-tuned
    model. Filtering and pagination is allowed.

    NB: This is only a helper endpoint. The same functionality can be achieved with the appropriate
    filters using the
    training list endpoint. Returns:
    Response: A paginated response containing the serialized fine-tuned models.

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/finetuned-models/`` (operation ``ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Training]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    username: str,
    *,
    client: Client,
) -> Training:
    """Retrieves a paginated list of completed fine-tuned models, excluding those without a fine-tuned
    model. Filtering and pagination is allowed.

    NB: This is only a helper endpoint. The same functionality can be achieved with the appropriate
    filters using the
    training list endpoint. Returns:
    Response: A paginated response containing the serialized fine-tuned models.

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/finetuned-models/`` (operation ``ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Training
    """

    return sync_detailed(
        org,
        username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    username: str,
    *,
    client: AsyncClient,
) -> Response[Training]:
    """Retrieves a paginated list of completed fine-tuned models, excluding those without a fine-tuned
    model. Filtering and pagination is allowed.

    NB: This is only a helper endpoint. The same functionality can be achieved with the appropriate
    filters using the
    training list endpoint. Returns:
    Response: A paginated response containing the serialized fine-tuned models.

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/finetuned-models/`` (operation ``ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Training]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    username: str,
    *,
    client: AsyncClient,
) -> Training:
    """Retrieves a paginated list of completed fine-tuned models, excluding those without a fine-tuned
    model. Filtering and pagination is allowed.

    NB: This is only a helper endpoint. The same functionality can be achieved with the appropriate
    filters using the
    training list endpoint. Returns:
    Response: A paginated response containing the serialized fine-tuned models.

    ``GET /api/ai-finetuning/v1/org/{org}/user/{username}/trainings/finetuned-models/`` (operation ``ai_finetuning_v1_org_user_trainings_finetuned_models_retrieve``)

    Args:
        org (str):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Training
    """

    return (
        await asyncio_detailed(
            org,
            username,
            client=client,
        )
    ).unwrap()
