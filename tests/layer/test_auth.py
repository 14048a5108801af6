"""The credential classes: the one header each sets, and the tokens each refuses."""

from __future__ import annotations

import httpx
import pytest

from ibl_client import APIKeyAuth, BearerAuth, ConfigurationError, UserTokenAuth

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
