"""Credentials, as ``httpx.Auth`` classes that set one ``Authorization`` header.

Because they are applied through httpx's auth flow (not as a default header), httpx drops the
header when a redirect leaves the original origin, so a credential never follows a redirect to
another host or port. ``repr()`` never shows the secret.

>>> import httpx
>>> request = httpx.Request("GET", "https://base.manager.iblai.app/api/")
>>> next(APIKeyAuth("s3cret").auth_flow(request)).headers["Authorization"]
'Api-Token s3cret'
>>> APIKeyAuth("s3cret")
APIKeyAuth(<redacted>)
"""

from __future__ import annotations

import re
from collections.abc import Generator

import httpx

from ._errors import ConfigurationError

__all__ = ["APIKeyAuth", "BearerAuth", "UserTokenAuth"]

_PRINTABLE_ASCII = re.compile(r"[!-~]+")


class _TokenAuth(httpx.Auth):
    scheme: str = ""

    def __init__(self, token: str) -> None:
        if not isinstance(token, str) or not token.strip():
            raise ConfigurationError(f"{type(self).__name__}: the token must be a non-empty string")
        # API keys, DRF tokens and JWTs are printable ASCII: anything else (a line break, a
        # pasted non-breaking space, a typographic quote) is a mistake that would go out as a
        # header no server reads as the credential. The token itself is not shown.
        if not _PRINTABLE_ASCII.fullmatch(token.strip()):
            raise ConfigurationError(
                f"{type(self).__name__}: the token must be printable ASCII without spaces "
                "(check for a character pasted with it)"
            )
        self._header = f"{self.scheme} {token.strip()}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<redacted>)"


class APIKeyAuth(_TokenAuth):
    """A platform API key: ``Authorization: Api-Token <key>``."""

    scheme = "Api-Token"


class UserTokenAuth(_TokenAuth):
    """A user's DRF token: ``Authorization: Token <token>``."""

    scheme = "Token"


class BearerAuth(_TokenAuth):
    """A bearer token (e.g. a JWT): ``Authorization: Bearer <token>``."""

    scheme = "Bearer"


AUTH_KINDS: dict[str, type[_TokenAuth]] = {
    "api_key": APIKeyAuth,
    "token": UserTokenAuth,
    "bearer": BearerAuth,
}
