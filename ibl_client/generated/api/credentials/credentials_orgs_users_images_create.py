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
from ...models.uploaded_image import UploadedImage
from ...models.uploaded_image_request import UploadedImageRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "credentials_orgs_users_images_create"


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/credentials/orgs/{org}/users/{user_id}/images/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, UploadedImageRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UploadedImage | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", UploadedImage, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[UploadedImage]:
    """API View for managing uploaded images for credentials.

    This endpoint allows uploading new images and retrieving existing images for use with
    credentials (icons, backgrounds, thumbnails, etc.).

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Query Parameters:
    query (str, required for GET): Search term to filter images by name

    Methods:
    GET: Retrieve images matching a search query
    POST: Upload a new image

    POST Request Body:
    Multipart form data containing:
    - image (file, required): The image file to upload
    - name (str, optional): A descriptive name for the image

    Returns:
    GET: A JSON array of image objects:
    [
    {
    "id": 123,
    "name": "Logo",
    "image": "https://example.com/media/uploaded_images/logo.png"
    },
    {
    "id": 124,
    "name": "Background",
    "image": "https://example.com/media/uploaded_images/background.jpg"
    },
    ...
    ]
    POST: A JSON object containing the uploaded image details:
    {
    "id": 125,
    "name": "Certificate Icon",
    "image": "https://example.com/media/uploaded_images/certificate-icon.png"
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required parameters
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can upload and retrieve images

    ``POST /api/credentials/orgs/{org}/users/{user_id}/images/`` (operation ``credentials_orgs_users_images_create``)

    Args:
        org (str):
        user_id (str):
        body (UploadedImageRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UploadedImage]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> UploadedImage:
    """API View for managing uploaded images for credentials.

    This endpoint allows uploading new images and retrieving existing images for use with
    credentials (icons, backgrounds, thumbnails, etc.).

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Query Parameters:
    query (str, required for GET): Search term to filter images by name

    Methods:
    GET: Retrieve images matching a search query
    POST: Upload a new image

    POST Request Body:
    Multipart form data containing:
    - image (file, required): The image file to upload
    - name (str, optional): A descriptive name for the image

    Returns:
    GET: A JSON array of image objects:
    [
    {
    "id": 123,
    "name": "Logo",
    "image": "https://example.com/media/uploaded_images/logo.png"
    },
    {
    "id": 124,
    "name": "Background",
    "image": "https://example.com/media/uploaded_images/background.jpg"
    },
    ...
    ]
    POST: A JSON object containing the uploaded image details:
    {
    "id": 125,
    "name": "Certificate Icon",
    "image": "https://example.com/media/uploaded_images/certificate-icon.png"
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required parameters
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can upload and retrieve images

    ``POST /api/credentials/orgs/{org}/users/{user_id}/images/`` (operation ``credentials_orgs_users_images_create``)

    Args:
        org (str):
        user_id (str):
        body (UploadedImageRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UploadedImage
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[UploadedImage]:
    """API View for managing uploaded images for credentials.

    This endpoint allows uploading new images and retrieving existing images for use with
    credentials (icons, backgrounds, thumbnails, etc.).

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Query Parameters:
    query (str, required for GET): Search term to filter images by name

    Methods:
    GET: Retrieve images matching a search query
    POST: Upload a new image

    POST Request Body:
    Multipart form data containing:
    - image (file, required): The image file to upload
    - name (str, optional): A descriptive name for the image

    Returns:
    GET: A JSON array of image objects:
    [
    {
    "id": 123,
    "name": "Logo",
    "image": "https://example.com/media/uploaded_images/logo.png"
    },
    {
    "id": 124,
    "name": "Background",
    "image": "https://example.com/media/uploaded_images/background.jpg"
    },
    ...
    ]
    POST: A JSON object containing the uploaded image details:
    {
    "id": 125,
    "name": "Certificate Icon",
    "image": "https://example.com/media/uploaded_images/certificate-icon.png"
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required parameters
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can upload and retrieve images

    ``POST /api/credentials/orgs/{org}/users/{user_id}/images/`` (operation ``credentials_orgs_users_images_create``)

    Args:
        org (str):
        user_id (str):
        body (UploadedImageRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UploadedImage]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: UploadedImageRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> UploadedImage:
    """API View for managing uploaded images for credentials.

    This endpoint allows uploading new images and retrieving existing images for use with
    credentials (icons, backgrounds, thumbnails, etc.).

    Path Parameters:
    org (str): The organization/tenant identifier
    user_id (str): The user ID making the request

    Query Parameters:
    query (str, required for GET): Search term to filter images by name

    Methods:
    GET: Retrieve images matching a search query
    POST: Upload a new image

    POST Request Body:
    Multipart form data containing:
    - image (file, required): The image file to upload
    - name (str, optional): A descriptive name for the image

    Returns:
    GET: A JSON array of image objects:
    [
    {
    "id": 123,
    "name": "Logo",
    "image": "https://example.com/media/uploaded_images/logo.png"
    },
    {
    "id": 124,
    "name": "Background",
    "image": "https://example.com/media/uploaded_images/background.jpg"
    },
    ...
    ]
    POST: A JSON object containing the uploaded image details:
    {
    "id": 125,
    "name": "Certificate Icon",
    "image": "https://example.com/media/uploaded_images/certificate-icon.png"
    }

    Error Responses:
    400 Bad Request: If the request data is invalid or missing required parameters
    401 Unauthorized: If the user is not authenticated
    403 Forbidden: If the user does not have permission to access this resource
    500 Internal Server Error: If an unexpected error occurs

    Access Control:
    - Requires IsAdminUserOrStudentDRFMixin
    - Only authenticated users with appropriate permissions can upload and retrieve images

    ``POST /api/credentials/orgs/{org}/users/{user_id}/images/`` (operation ``credentials_orgs_users_images_create``)

    Args:
        org (str):
        user_id (str):
        body (UploadedImageRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UploadedImage
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
