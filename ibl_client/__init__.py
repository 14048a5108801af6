"""Async-first Python SDK for the ibl.ai ``ibl-data-manager`` REST API.

>>> import ibl_client
>>> from ibl_client.generated.api.ai_analytics import analytics_time_spent_user_retrieve
>>> async def main() -> None:
...     async with ibl_client.AsyncClient(api_key="...") as ibl:
...         data = await analytics_time_spent_user_retrieve.asyncio(client=ibl)

Importing this package is cheap: the generated operations load only when you import them.
"""

from typing import TYPE_CHECKING, Any

from ._auth import APIKeyAuth, BearerAuth, UserTokenAuth
from ._body import JSON
from ._client import AsyncClient, Client
from ._config import NOT_GIVEN, NotGiven
from ._errors import (
    APIConnectionError,
    APIError,
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
from ._files import File
from ._response import Response, request_id_of
from ._streaming import AsyncStreamedResponse, StreamedResponse
from ._transports.retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._unset import UNSET, Unset
from ._validation import FieldError, strict_parsing
from ._version import API_VERSION, __version__

if TYPE_CHECKING:
    from ._pagination import AsyncPager, Page, Pager, paginate

# The pagers load on first use: importing one operation never needs them, and where there is
# no bytecode (a vendored copy under PYTHONDONTWRITEBYTECODE) compiling them costs ~8 ms.
_PAGINATION = ("AsyncPager", "Page", "Pager", "paginate")


def __getattr__(name: str) -> Any:
    if name in _PAGINATION:
        from . import _pagination

        return getattr(_pagination, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_PAGINATION})


__all__ = [
    "API_VERSION",
    "JSON",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIKeyAuth",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPager",
    "AsyncRetryTransport",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "BadRequestError",
    "BearerAuth",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "File",
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
    "StreamedResponse",
    "UnprocessableEntityError",
    "Unset",
    "UserTokenAuth",
    "__version__",
    "paginate",
    "request_id_of",
    "strict_parsing",
]
