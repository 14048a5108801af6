"""Async-first Python SDK for the ibl.ai ``ibl-data-manager`` REST API.

>>> import ibl_client
>>> async def main() -> None:
...     async with ibl_client.AsyncClient(api_key="...") as ibl:
...         data = await ibl.ai_analytics.analytics_time_spent_user_retrieve()

The models are in ``ibl_client.models``, the sentinels and call types in ``ibl_client.types``, the
groups' classes in ``ibl_client.groups``. Importing this package is cheap: the generated
operations and models load when first used.
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .generated import API_VERSION

if TYPE_CHECKING:
    from ._auth import APIKeyAuth, BearerAuth, UserTokenAuth
    from ._body import JSON
    from ._errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ChatClosedError,
        ChatStreamError,
        ChatTimeoutError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        IBLError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RequestValidationError,
        ResponseValidationError,
        ServerError,
        TaskFailedError,
        UnprocessableEntityError,
        WaitTimeoutError,
    )
    from ._files import File
    from ._hooks import CallEvent, Hooks
    from ._pagination import AsyncPager, Page, Pager, paginate
    from ._response import Response, request_id_of
    from ._streaming import AsyncStreamedResponse, StreamedResponse
    from ._transports.retry import AsyncRetryTransport, RetryPolicy, RetryTransport
    from ._types import NOT_GIVEN, UNSET, NotGiven, Unset
    from ._validation import FieldError, strict_parsing
    from .generated.client import AsyncClient, Client

# Every name loads its module on first use (PEP 562): importing one operation module imports
# this package first, and needs none of the client, transports, pagers or streaming. Where there
# is no bytecode (a vendored copy under PYTHONDONTWRITEBYTECODE) compiling them was a third of
# that import. ``from ibl_client import AsyncClient`` and ``ibl_client.AsyncClient`` work alike.
_HOMES: dict[str, tuple[str, ...]] = {
    "._auth": ("APIKeyAuth", "BearerAuth", "UserTokenAuth"),
    "._body": ("JSON",),
    "._errors": (
        "APIConnectionError",
        "APIError",
        "APIStatusError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ChatClosedError",
        "ChatStreamError",
        "ChatTimeoutError",
        "ClientClosedError",
        "ConfigurationError",
        "ConflictError",
        "IBLError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "RequestValidationError",
        "ResponseValidationError",
        "ServerError",
        "TaskFailedError",
        "UnprocessableEntityError",
        "WaitTimeoutError",
    ),
    "._files": ("File",),
    "._hooks": ("CallEvent", "Hooks"),
    "._pagination": ("AsyncPager", "Page", "Pager", "paginate"),
    "._response": ("Response", "request_id_of"),
    "._streaming": ("AsyncStreamedResponse", "StreamedResponse"),
    "._transports.retry": ("AsyncRetryTransport", "RetryPolicy", "RetryTransport"),
    "._types": ("NOT_GIVEN", "UNSET", "NotGiven", "Unset"),
    "._validation": ("FieldError", "strict_parsing"),
    ".generated.client": ("AsyncClient", "Client"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}
#: The public submodules, ``ibl_client.models`` and the like, loaded on first access.
_SUBMODULES = ("groups", "models", "types")


def __getattr__(name: str) -> Any:
    import importlib

    home = _HOME_OF.get(name)
    if home is not None:
        value = getattr(importlib.import_module(home, __name__), name)
        globals()[name] = value  # found here directly from now on
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME_OF, *_SUBMODULES})


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
    "CallEvent",
    "ChatClosedError",
    "ChatStreamError",
    "ChatTimeoutError",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "File",
    "Hooks",
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
    "TaskFailedError",
    "UnprocessableEntityError",
    "Unset",
    "UserTokenAuth",
    "WaitTimeoutError",
    "__version__",
    "paginate",
    "request_id_of",
    "strict_parsing",
]
