"""The credential classes: the one header each sets, and the tokens each refuses."""

from __future__ import annotations

import httpx
import pytest

from ibl_client import (
    APIKeyAuth,
    AsyncClient,
    BearerAuth,
    Client,
    ConfigurationError,
    UserTokenAuth,
)

from .conftest import SECRET

SCHEMES = [(APIKeyAuth, "Api-Token"), (UserTokenAuth, "Token"), (BearerAuth, "Bearer")]


@pytest.mark.parametrize(("cls", "scheme"), SCHEMES)
def test_sets_one_authorization_header_with_the_scheme(cls: type[httpx.Auth], scheme: str) -> None:
    request = httpx.Request("GET", "https://h.example/api/", headers={"authorization": "old"})
    sent = next(cls(f"  {SECRET}\n").auth_flow(request))  # type: ignore[call-arg]
    # Surrounding blanks are not part of a token; the caller's own header is replaced, not doubled.
    assert sent.headers.get_list("Authorization") == [f"{scheme} {SECRET}"]


@pytest.mark.parametrize("token", ["", "   ", "\t\n", None, 42, b"bytes-token"])
@pytest.mark.parametrize("cls", [APIKeyAuth, UserTokenAuth, BearerAuth])
def test_refuses_a_token_that_is_not_a_non_empty_string(
    cls: type[httpx.Auth], token: object
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        cls(token)  # type: ignore[call-arg]
    # The message names the credential class the caller used, and what it expects.
    assert str(caught.value).startswith(f"{cls.__name__}: ")
    assert "non-empty string" in str(caught.value)


@pytest.mark.parametrize("token", ["kü", "key\nX-Injected: 1", "two words", "ke\u00a0y", "“key”"])
@pytest.mark.parametrize("where", ["class", "api_key", "variable"])
def test_refuses_a_token_that_is_not_printable_ascii(
    monkeypatch: pytest.MonkeyPatch, where: str, token: str
) -> None:
    """A character pasted with a key (or a line break that would write a header of its own) is
    refused where the key is given, never shown; the same on both request paths."""
    with pytest.raises(ConfigurationError) as caught:
        if where == "class":
            APIKeyAuth(token)
        elif where == "api_key":
            AsyncClient(api_key=token)
        else:
            monkeypatch.setenv("IBL_API_KEY", token)
            Client()
    assert "the token must be printable ASCII without spaces" in str(caught.value)
    assert token.strip() not in str(caught.value)
