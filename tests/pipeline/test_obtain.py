"""Obtaining the description: from a URL (the live schema's JSON or YAML) or a file."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from scripts import generate, obtain
from scripts.errors import PipelineError
from scripts.rebuild_spec.emit import to_yaml


@pytest.fixture
def schema_server(mini_spec: Path) -> Iterator[str]:
    document = yaml.safe_load(mini_spec.read_text())
    bodies = {
        "/api/docs/schema/": (mini_spec.read_bytes(), "application/vnd.oai.openapi"),
        "/api/docs/schema/?format=json": (json.dumps(document).encode(), "application/json"),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body, kind = bodies.get(self.path, (b"not found", "text/plain"))
            self.send_response(200 if self.path in bodies else 404)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("query", ["", "?format=json"])
def test_the_live_schema_yaml_or_json_generates(
    schema_server: str, tmp_path: Path, query: str
) -> None:
    url = f"{schema_server}/api/docs/schema/{query}"
    assert obtain.from_url(url)["info"]["title"] == "ibl-data-manager"
    target = tmp_path / "sdk"
    assert generate.main(["--url", url, "--no-overlay", "--output", str(target)]) == 0
    assert (target / "generated" / "api" / "core" / "core_orgs_items_list.py").exists()
    assert (target / "_client.py").exists()


def test_an_http_error_is_named(schema_server: str) -> None:
    with pytest.raises(PipelineError, match=r"obtain: could not download .*/missing.*404"):
        obtain.from_url(f"{schema_server}/missing")


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(PipelineError, match=r"obtain: could not read .*nope\.yaml"):
        obtain.from_file(tmp_path / "nope.yaml")


def test_a_document_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(PipelineError, match="does not hold an OpenAPI document"):
        obtain.parse(b"- just\n- a list\n", source="list.yaml")


def test_the_snapshot_is_written_as_the_rebuild_tool_writes_it() -> None:
    # On a bump the pipeline writes the new description as openapi.yaml; written in the rebuild
    # tool's style, the diff a user reviews shows API changes only, not a change of YAML style.
    committed = generate.SPEC.read_text(encoding="utf-8")
    assert to_yaml(obtain.from_file(generate.SPEC)) == committed


def test_a_version_that_cannot_be_rebuilt_is_named_with_the_way_forward(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import subprocess

    from scripts.rebuild_spec import sandbox

    def no_such_release(version: str, cache_dir: Path) -> Path:
        command = ["/venv/bin/python", "-m", "pip", "download", f"iblai=={version}"]
        raise subprocess.CalledProcessError(1, command)

    monkeypatch.setattr(sandbox, "obtain_wheel", no_such_release)
    with pytest.raises(PipelineError) as caught:
        obtain.from_release("9.9.9", tmp_path)
    message = str(caught.value)
    assert message.startswith("obtain: could not rebuild the description of iblai==9.9.9")
    assert "`python -m pip ...` exited 1" in message
    assert "pip index versions iblai" in message


@pytest.mark.parametrize(
    ("script", "told"),
    [
        ("echo 'ImportError: no iblai' >&2; exit 3", "exited 3:\nImportError: no iblai"),
        ("echo 'not json'", "printed no JSON"),
    ],
    ids=["fails", "prints no JSON"],
)
def test_an_introspection_that_fails_says_why_in_the_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, script: str, told: str
) -> None:
    """Its output is captured, so the error itself must carry the reason (it said "its message
    is above", where nothing was printed; and output that was no JSON escaped as a bare error)."""
    from scripts.rebuild_spec import sandbox

    python = tmp_path / "python"
    python.write_text(f"#!/bin/sh\n{script}\n")
    python.chmod(0o755)
    monkeypatch.setattr(sandbox, "obtain_wheel", lambda version, cache: tmp_path / "w.whl")
    monkeypatch.setattr(sandbox, "scratch_python", lambda wheel, cache: python)
    with pytest.raises(PipelineError) as caught:
        obtain.from_release("4.0.0", tmp_path)
    assert str(caught.value).startswith("obtain: could not rebuild the description of iblai==4.0.0")
    assert told in str(caught.value)
    assert "above" not in str(caught.value)


def test_a_yaml_date_is_read_as_the_text_json_holds(tmp_path: Path) -> None:
    """YAML reads an unquoted 2024-01-01 as a date, which no later step can write as JSON (it
    was a bare TypeError from the normaliser's copy); the description's JSON form holds text."""
    spec = tmp_path / "dated.yaml"
    spec.write_text(
        "openapi: 3.0.3\n"
        "info: {title: t, version: '1', x-released: 2024-01-01}\n"
        "paths: {}\n"
        "components:\n"
        "  schemas:\n"
        "    Event:\n"
        "      properties: {at: {type: string, example: 2024-01-01T10:00:00Z}}\n"
    )
    document = obtain.from_file(spec)
    assert document["info"]["x-released"] == "2024-01-01"
    example = document["components"]["schemas"]["Event"]["properties"]["at"]["example"]
    assert example == "2024-01-01T10:00:00Z"
    assert json.loads(json.dumps(document)) == document
