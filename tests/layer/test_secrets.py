"""No secret in logs (debug on), reprs, or error messages."""

from __future__ import annotations

import logging

import httpx
import pytest

from ibl_client import (
    APIConnectionError,
    APIKeyAuth,
    APIStatusError,
    AsyncClient,
    AuthenticationError,
    BearerAuth,
    Client,
    FieldError,
    ResponseValidationError,
    RetryPolicy,
    UserTokenAuth,
)
from ibl_client._log import redact_headers, redact_url

from . import fake_operation as op
from .conftest import SECRET
from .server import RESET, ScriptedServer, reply

QUERY_SECRET = "qs-DO-NOT-LEAK-5678"
COOKIE_SECRET = "session-DO-NOT-LEAK-9"


def assert_clean(text: str) -> None:
    for secret in (SECRET, QUERY_SECRET, COOKIE_SECRET):
        assert secret not in text


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_debug_logs_redact_credentials_cookies_and_query_secrets(
    backend: str,
    server: ScriptedServer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("IBL_DEBUG", "1")
    server.then(
        reply(503, headers={"Set-Cookie": f"sessionid={COOKIE_SECRET}"}),
        reply(401, {"detail": "bad token"}),
        reply(200, body=b"{broken"),
        RESET,
    )
    errors: list[Exception] = []
    caplog.set_level(logging.DEBUG)  # everything, httpx and httpcore included
    async with AsyncClient(
        api_key=SECRET,
        base_url=server.url,
        retry=RetryPolicy(max_retries=1, wait_initial=0, wait_jitter=0),
        headers={"Cookie": f"sessionid={COOKIE_SECRET}"},
        backend=backend,
    ) as ibl:
        assert logging.getLogger("ibl_client").isEnabledFor(logging.DEBUG)
        for method in ("GET", "GET", "POST"):
            try:
                await op.asyncio(client=ibl, method=method, params={"token": QUERY_SECRET})
            except (AuthenticationError, ResponseValidationError, APIConnectionError) as exc:
                errors.append(exc)
    ours = [r for r in caplog.records if r.name.startswith("ibl_client")]
    assert any("Retrying GET" in r.getMessage() for r in ours)
    assert any("-> 401" in r.getMessage() for r in ours)
    assert any("Authorization': 'REDACTED" in r.getMessage() for r in ours)
    assert_clean("\n".join(r.getMessage() for r in ours))
    # Nor do they reach httpx's and httpcore's loggers, which are at DEBUG here too.
    assert any(r.name.startswith("httpcore") for r in caplog.records) == (backend == "httpx")
    assert any(r.name == "httpx" for r in caplog.records)
    assert_clean(caplog.text)
    assert [type(e) for e in errors] == [
        AuthenticationError,
        ResponseValidationError,
        APIConnectionError,
    ]
    for error in errors:
        assert_clean(str(error) + repr(error) + str(vars(error).get("url")))
    assert_clean(str(dict(errors[0].headers)))  # type: ignore[attr-defined]


def test_debug_does_not_touch_the_root_logger(monkeypatch: pytest.MonkeyPatch) -> None:
    root = logging.getLogger()
    before = (root.level, list(root.handlers))
    Client(api_key=SECRET, debug=True).close()
    assert (root.level, list(root.handlers)) == before
    assert logging.getLogger("ibl_client").level == logging.DEBUG


@pytest.mark.parametrize(
    "make",
    [
        lambda: AsyncClient(api_key=SECRET, headers={"Authorization": f"Token {SECRET}"}),
        lambda: Client(api_key=SECRET, auth_kind="bearer"),
        lambda: Client(auth=UserTokenAuth(SECRET), base_url=f"https://me:{SECRET}@x.example"),
        lambda: Client(api_key=SECRET).with_options(headers={"X-Api-Key": SECRET}),
    ],
)
def test_client_repr_and_str_hide_the_secret(make: object) -> None:
    client = make()  # type: ignore[operator]
    assert_clean(repr(client) + str(client))
    assert "base_url=" in repr(client)


@pytest.mark.parametrize("cls", [APIKeyAuth, UserTokenAuth, BearerAuth])
def test_auth_repr_hides_the_secret(cls: type[httpx.Auth]) -> None:
    auth = cls(SECRET)  # type: ignore[call-arg]
    assert_clean(repr(auth) + str(auth))
    assert repr(auth) == f"{cls.__name__}(<redacted>)"


def test_redaction_helpers() -> None:
    assert redact_url(f"https://u:{SECRET}@h/x?api_key={SECRET}&page=2") == (
        "https://REDACTED@h/x?api_key=REDACTED&page=2"
    )
    assert redact_headers({"Authorization": SECRET, "Accept": "json"}) == {
        "Authorization": "REDACTED",
        "Accept": "json",
    }


URL_SECRET = "url-DO-NOT-LEAK-4321"


@pytest.mark.parametrize("twin", ["sync", "async", "async+aiohttp"])
async def test_no_secret_from_a_redirect_or_link_reaches_any_log_record(
    twin: str, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    linked = f"{server.url}/api/courses/?page=2&access_token={URL_SECRET}"
    server.then(
        reply(
            302,
            headers={
                "Location": f"/api/courses/2/?token={URL_SECRET}&page=1",
                "Content-Location": f"https://u:{URL_SECRET}@cdn.example/x",
            },
        ),
        reply(
            200,
            {"id": 2, "name": "moved"},
            headers={"Link": f'<{linked}>; rel="next"', "Content-Location": linked},
        ),
        reply(404, headers={"Location": f"/elsewhere?api_key={URL_SECRET}", "Link": linked}),
    )
    caplog.set_level(logging.DEBUG)  # ours, httpx's and httpcore's loggers
    options = {"api_key": SECRET, "base_url": server.url, "debug": True}
    if twin == "sync":
        with Client(**options) as ibl:  # type: ignore[arg-type]
            course = op.sync(client=ibl)
            with pytest.raises(APIStatusError) as info:
                op.sync(client=ibl)
    else:
        backend = "aiohttp" if twin == "async+aiohttp" else "httpx"
        async with AsyncClient(**options, backend=backend) as ibl:  # type: ignore[arg-type]
            course = await op.asyncio(client=ibl)
            with pytest.raises(APIStatusError) as info:
                await op.asyncio(client=ibl)
    assert course.name == "moved"
    assert server.requests[1].path == f"/api/courses/2/?token={URL_SECRET}&page=1"  # followed
    names = {r.name for r in caplog.records}
    assert {"ibl_client", "httpx"} <= names
    assert ("httpcore.http11" in names) == (twin != "async+aiohttp")
    assert any("Location" in r.getMessage() for r in caplog.records)  # the headers were logged
    for record in caplog.records:
        assert URL_SECRET not in record.getMessage(), record.name
    assert URL_SECRET not in caplog.text
    assert URL_SECRET not in str(dict(info.value.headers))
    assert info.value.headers["location"] == "/elsewhere?api_key=REDACTED"


def test_redact_text_finds_secrets_in_any_url_in_text() -> None:
    from ibl_client._log import redact_text

    text = (
        f"[(b'Location', b'/x?page=2&Token={URL_SECRET}'), "
        f"(b'Link', b'<https://me:{URL_SECRET}@h/x?key={URL_SECRET}>; rel=\"next\"')]"
    )
    assert URL_SECRET not in redact_text(text)
    assert redact_text("/x?monkey=1&key=2&keys=3") == "/x?monkey=1&key=REDACTED&keys=3"


@pytest.mark.parametrize("field", ["password", "new_password", "client_secret", "api_key"])
def test_a_credential_field_that_does_not_fit_names_the_field_not_its_value(field: str) -> None:
    error = FieldError(("body", field), "a string", 987654321)
    assert str(error) == f"body.{field}: expected a string, got int REDACTED"
    assert "987654321" not in repr(error)


def test_other_fields_show_the_value_that_did_not_fit() -> None:
    assert str(FieldError(("body", "platform_key"), "a string", 5)).endswith("got int 5")
