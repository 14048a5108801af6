"""Files up (ibl_client/_files.py): a file field takes a File, bytes, a path or a binary file
object and the operation sends multipart/form-data; ``extra_body`` takes a file too; a path is
read as it is sent, and again from the start on a retry. On both async backends and sync."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from fixtures import sample_response
from support.retrying import FAST

from ibl_client import AsyncClient, Client, File, RequestValidationError
from ibl_client._files import as_file
from ibl_client._validation import FieldError
from ibl_client.generated.api.ai_mentor import ai_mentor_orgs_users_sessions_create as sessions
from ibl_client.generated.api.core import core_orgs_logo_create_create as logo

from .conftest import SECRET
from .server import ScriptedServer, Seen, reply

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 300  # larger than one 64 KiB chunk


def parts(seen: Seen) -> dict[str, tuple[str | None, bytes]]:
    """The multipart body a server received: name -> (filename, content)."""
    boundary = re.search(r"boundary=(\S+)", seen.headers["content-type"])
    assert seen.headers["content-type"].startswith("multipart/form-data") and boundary
    found = {}
    for part in seen.body.split(b"--" + boundary.group(1).encode())[1:-1]:
        head, _, content = part.partition(b"\r\n\r\n")
        name = re.search(rb'name="([^"]*)"', head)
        filename = re.search(rb'filename="([^"]*)"', head)
        assert name
        found[name.group(1).decode()] = (
            filename.group(1).decode() if filename else None,
            content.removesuffix(b"\r\n"),
        )
    return found


@pytest.fixture
def png(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    path.write_bytes(PNG)
    return path


def uploaded() -> Any:
    """A valid answer of the logo upload, from the description."""
    return reply(200, sample_response(logo.OPERATION.id))


def given(kind: str, path: Path) -> Any:
    """The same file in each form a file field takes."""
    return {
        "path": path,
        "bytes": PNG,
        "file object": io.BytesIO(PNG),
        "File": File.from_path(path, "image/png"),
    }[kind]


KINDS = ["path", "bytes", "file object", "File"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_a_file_field_is_uploaded_as_multipart(
    server: ScriptedServer, backend: str, kind: str, png: Path
) -> None:
    if backend == "aiohttp":
        pytest.importorskip("aiohttp")
    server.then(uploaded())
    async with AsyncClient(api_key=SECRET, base_url=server.url, backend=backend) as ibl:
        await ibl.core.core_orgs_logo_create_create("acme", body={"file": given(kind, png)})
    received = parts(server.requests[0])
    assert received["file"][1] == PNG
    if kind in ("path", "File"):
        assert received["file"][0] == "logo.png"


@pytest.mark.parametrize("kind", KINDS)
def test_sync_a_file_field_is_uploaded_as_multipart(
    server: ScriptedServer, kind: str, png: Path
) -> None:
    server.then(uploaded())
    with Client(api_key=SECRET, base_url=server.url) as ibl:
        logo.sync("acme", client=ibl, body={"file": given(kind, png)})
    assert parts(server.requests[0])["file"][1] == PNG


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_a_retry_sends_the_whole_file_again(
    server: ScriptedServer, backend: str, png: Path
) -> None:
    if backend == "aiohttp":
        pytest.importorskip("aiohttp")
    # A POST is retried when the server says when (Retry-After): it has not acted on it.
    server.then(reply(503, {"detail": "busy"}, headers={"Retry-After": "0"}), uploaded())
    async with AsyncClient(api_key=SECRET, base_url=server.url, retry=FAST, backend=backend) as ibl:
        await ibl.core.core_orgs_logo_create_create("acme", body={"file": png})
    assert [parts(seen)["file"][1] for seen in server.requests] == [PNG, PNG]


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_extra_body_with_a_file_makes_a_json_body_multipart(
    server: ScriptedServer, backend: str, png: Path
) -> None:
    """``extra_body={"file": File(...)}`` on an operation whose body is JSON (it raised
    TypeError: a File is not JSON); the body's own fields become parts beside it."""
    if backend == "aiohttp":
        pytest.importorskip("aiohttp")
    session = reply(200, sample_response(sessions.OPERATION.id))
    server.then(session, session)
    async with AsyncClient(api_key=SECRET, base_url=server.url, backend=backend) as ibl:
        await ibl.ai_mentor.ai_mentor_orgs_users_sessions_create(
            "acme", "ada", body={"mentor": "m1"}
        )
        await ibl.ai_mentor.ai_mentor_orgs_users_sessions_create(
            "acme", "ada", body={"mentor": "m1"}, extra_body={"attachment": File.from_path(png)}
        )
    assert server.requests[0].headers["content-type"] == "application/json"
    received = parts(server.requests[1])
    assert received["attachment"] == ("logo.png", PNG)
    assert received["mentor"] == (None, b"m1")


def test_what_is_not_a_file_is_refused_naming_the_field() -> None:
    with pytest.raises(FieldError, match="file: expected a File, bytes, a path"):
        as_file("logo.png", "file")  # a str: a path or the content? refused, not guessed
    with pytest.raises(FieldError):
        as_file(io.StringIO("text"), "file")
    with pytest.raises(RequestValidationError, match=r"ImageUploadRequest: file: expected a File"):
        logo._get_kwargs("acme", body={"file": 42})


def test_a_path_is_opened_only_while_it_is_read(png: Path) -> None:
    reader: Any = File.from_path(png).payload
    assert reader.seek(0, io.SEEK_END) == len(PNG) and reader.tell() == len(PNG)
    reader.seek(0)
    first = reader.read(1000)
    assert first == PNG[:1000] and reader._file is not None
    rest = b"".join(iter(lambda: reader.read(65536), b""))
    assert first + rest == PNG and reader._file is None  # closed at the end
    reader.seek(0)
    assert reader.read(8) == PNG[:8]  # and read again from the start (a retry)
