"""Async-first Python SDK for the ibl.ai ``ibl-data-manager`` REST API.

>>> import ibl_client
>>> from ibl_client.generated.api.ai_analytics import analytics_time_spent_user_retrieve
>>> async def main() -> None:
...     async with ibl_client.AsyncClient(api_key="...") as ibl:
...         data = await analytics_time_spent_user_retrieve.asyncio(client=ibl)

Importing this package is cheap: the generated operations load only when you import them.
"""

from ._auth import APIKeyAuth, BearerAuth, UserTokenAuth
from ._body import JSON
from ._client import AsyncClient, Client
from ._config import NOT_GIVEN, NotGiven
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    IBLError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
)
from ._pagination import AsyncPager, Page, Pager, paginate
from ._response import Response, request_id_of
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._unset import UNSET, Unset
from ._validation import FieldError, strict_parsing
from ._version import API_VERSION, __version__

__all__ = [
    "API_VERSION",
    "JSON",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIKeyAuth",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPager",
    "AsyncRetryTransport",
    "AuthenticationError",
    "BadRequestError",
    "BearerAuth",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "IBLError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "Response",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "UnprocessableEntityError",
    "Unset",
    "UserTokenAuth",
    "__version__",
    "paginate",
    "request_id_of",
    "strict_parsing",
]
