"""Presigned uploads (ibl_client/workflows/presigned.py) with two loopback servers: the API that
hands out the URL, and the storage it points at, which must never see the credential."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import by_property
import pytest
from layer.conftest import SECRET
from layer.server import ForwardProxy, ScriptedServer, reply
from support.clients import KINDS
from support.clients import of_kind as make_client

from ibl_client import (
    APIConnectionError,
    AsyncClient,
    Client,
    ConfigurationError,
    PermissionDeniedError,
)
from ibl_client.testing import FakeIBL
from ibl_client.workflows import upload_presigned, upload_presigned_sync

UPLOAD_URL_OPERATION = "ai_mentor_orgs_users_chat_files_upload_url_create"
SIGNATURE = "X-Amz-Signature=5ec7e7"
CONTENT = b"%PDF-1.7 lecture notes " * 100


@pytest.fixture
def storage() -> Any:
    srv = ScriptedServer().start()
    srv.default = reply(200, body=b"", headers={"ETag": '"abc"'})
    yield srv
    srv.stop()


def hand_out(api: ScriptedServer, fake: FakeIBL, url: str, method: Any = "PUT") -> None:
    """The API answers the upload-URL operation (sampled from the description) with ``url``."""
    op = next(o for o in by_property.spec().operations if o.operation_id == UPLOAD_URL_OPERATION)
    sample = fake.sample(op.operation_id)
    api.then(reply(200, {**sample, "upload_url": url, "upload_method": method}))


async def upload(ibl: AsyncClient | Client, content: Any, **options: Any) -> Any:
    body = {
        "session_id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
        "file_name": "notes.pdf",
        "content_type": "application/pdf",
        "file_size": len(CONTENT),
    }
    if isinstance(ibl, Client):
        target = ibl.ai_mentor.ai_mentor_orgs_users_chat_files_upload_url_create(
            "acme", "ada", body=body
        )
        try:
            return upload_presigned_sync(ibl, target, content, **options)
        finally:
            ibl.close()
    async with ibl:
        target = await ibl.ai_mentor.ai_mentor_orgs_users_chat_files_upload_url_create(
            "acme", "ada", body=body
        )
        return await upload_presigned(ibl, target, content, **options)


@pytest.mark.parametrize("kind", KINDS)
async def test_the_storage_never_sees_the_credential(
    kind: str, server: ScriptedServer, storage: ScriptedServer, fake: FakeIBL
) -> None:
    hand_out(server, fake, f"{storage.url}/bucket/notes.pdf?{SIGNATURE}")
    response = await upload(
        make_client(kind, server.url, headers={"X-Team": "optics"}),
        CONTENT,
        content_type="application/pdf",
    )
    assert response.headers["ETag"] == '"abc"'
    [sent] = storage.requests
    assert (sent.method, sent.path, sent.body) == ("PUT", f"/bucket/notes.pdf?{SIGNATURE}", CONTENT)
    assert sent.headers["content-type"] == "application/pdf"
    assert sent.headers["content-length"] == str(len(CONTENT))
    assert SECRET not in repr(sent)
    assert "authorization" not in sent.headers and "x-team" not in sent.headers
    # The API itself was sent the credential: there was one to leak.
    assert SECRET in server.requests[0].headers["authorization"]


@pytest.mark.parametrize("kind", KINDS)
async def test_a_path_streams_with_its_length(
    kind: str,
    server: ScriptedServer,
    storage: ScriptedServer,
    fake: FakeIBL,
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(CONTENT * 50)
    hand_out(server, fake, f"{storage.url}/bucket/notes.pdf?{SIGNATURE}", method="post")
    await upload(make_client(kind, server.url), path)
    [sent] = storage.requests
    assert (sent.method, sent.body) == ("POST", CONTENT * 50)
    assert sent.headers["content-length"] == str(len(CONTENT) * 50)
    assert "transfer-encoding" not in sent.headers  # object stores refuse chunked uploads


@pytest.mark.parametrize("kind", KINDS)
async def test_a_refusal_is_typed_and_shows_no_signature(
    kind: str, server: ScriptedServer, storage: ScriptedServer, fake: FakeIBL
) -> None:
    storage.then(reply(403, body=b"<Error><Code>SignatureDoesNotMatch</Code></Error>"))
    hand_out(server, fake, f"{storage.url}/bucket/notes.pdf?{SIGNATURE}")
    with pytest.raises(PermissionDeniedError) as caught:
        await upload(make_client(kind, server.url), CONTENT)
    assert caught.value.operation_id == "upload_presigned"
    assert "SignatureDoesNotMatch" in str(caught.value)
    assert SIGNATURE not in f"{caught.value} {caught.value.url}"


@pytest.mark.parametrize("kind", KINDS)
async def test_the_client_s_proxy_carries_the_upload(
    kind: str,
    server: ScriptedServer,
    storage: ScriptedServer,
    fake: FakeIBL,
    proxy: ForwardProxy,
) -> None:
    hand_out(server, fake, f"{storage.url}/bucket/notes.pdf?{SIGNATURE}")
    await upload(make_client(kind, server.url, proxy=proxy.url), CONTENT)
    assert f"PUT {storage.url}/bucket/notes.pdf?{SIGNATURE}" in proxy.seen
    assert "authorization" not in storage.requests[0].headers


@pytest.mark.parametrize("kind", KINDS)
async def test_an_unreachable_storage_is_a_connection_error_without_signature(
    kind: str, server: ScriptedServer, fake: FakeIBL
) -> None:
    hand_out(server, fake, f"http://127.0.0.1:9/bucket/notes.pdf?{SIGNATURE}")
    with pytest.raises(APIConnectionError) as caught:
        await upload(make_client(kind, server.url), CONTENT)
    assert SIGNATURE not in str(caught.value)


@pytest.mark.parametrize(
    ("method", "url", "message"),
    [
        ("DELETE", "http://storage.test/k", r"^upload_method: expected one of PUT, POST"),
        ("PUT", "ftp://storage.test/k", r"^upload_url: expected an absolute http\(s\) URL"),
    ],
)
async def test_a_target_that_cannot_be_uploaded_to_is_named(
    method: str, url: str, message: str, server: ScriptedServer, fake: FakeIBL
) -> None:
    hand_out(server, fake, url, method=method)
    with pytest.raises(ConfigurationError, match=message):
        await upload(make_client("httpx", server.url), CONTENT)


async def test_a_missing_file_is_named(server: ScriptedServer, tmp_path: Path) -> None:
    async with AsyncClient(api_key=SECRET, base_url=server.url) as ibl:
        target = type("Target", (), {"upload_url": server.url, "upload_method": "PUT"})()
        with pytest.raises(ConfigurationError, match=r"^content: cannot read .*nothing\.pdf"):
            await upload_presigned(ibl, target, tmp_path / "nothing.pdf")
    assert server.requests == []
