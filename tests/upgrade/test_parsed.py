"""Descriptions parsed once per text (ibl_client/_upgrade/parsed.py)."""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from ibl_client._upgrade import parsed

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def description(marker: str) -> str:
    """A YAML description long enough to be kept, told apart by ``marker``."""
    paths = {f"/api/{marker}/{i}/": {"get": {"operationId": f"op_{i}"}} for i in range(100)}
    text = yaml.safe_dump({"openapi": "3.0.3", "info": {"title": marker}, "paths": paths})
    assert len(text) >= parsed.SMALLEST
    return text


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts PyYAML is asked to parse (a kept document is read back without it)."""
    seen: list[str] = []
    real = yaml.load

    def counting(text: Any, Loader: Any) -> Any:
        seen.append(text)
        return real(text, Loader=Loader)

    monkeypatch.setattr(yaml, "load", counting)
    monkeypatch.delenv(parsed.VARIABLE, raising=False)
    monkeypatch.setattr(parsed, "SMALLEST", 2_000)  # (small texts: quick tests)
    return seen


def test_a_text_is_parsed_once_and_each_call_gets_its_own_document(
    tmp_path: Path, parses: list[str]
) -> None:
    text = description("a")
    first = parsed.load(text, LOADER, tmp_path)
    first["info"]["title"] = "changed by the caller"
    second = parsed.load(text, LOADER, tmp_path)
    assert len(parses) == 1
    assert second == yaml.load(text, Loader=LOADER)  # (a third parse, by the test)
    assert second["info"]["title"] == "a"
    assert list(second["paths"]) == list(yaml.load(text, Loader=LOADER)["paths"])  # in order


def test_each_loader_keeps_its_own_document(tmp_path: Path, parses: list[str]) -> None:
    text = description("b")
    for loader in (LOADER, yaml.SafeLoader, LOADER, yaml.SafeLoader):
        parsed.load(text, loader, tmp_path)
    assert len(parses) == 2
    assert len(list(tmp_path.glob("*.marshal"))) == 2


def test_the_variable_names_the_directory_and_without_one_nothing_is_kept(
    tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = description("c")
    parsed.load(text, LOADER)
    parsed.load(text, LOADER)
    assert len(parses) == 2
    monkeypatch.setenv(parsed.VARIABLE, str(tmp_path / "kept"))
    parsed.load(text, LOADER)
    parsed.load(text, LOADER)
    assert len(parses) == 3
    assert len(list((tmp_path / "kept").glob("*.marshal"))) == 1


def test_a_short_text_and_a_document_marshal_cannot_hold_are_parsed_each_time(
    tmp_path: Path, parses: list[str]
) -> None:
    short = "openapi: 3.0.3\npaths: {}\n"
    dated = description("d") + "x-released: 2024-01-01\n"
    for _ in range(2):
        assert parsed.load(short, LOADER, tmp_path) == {"openapi": "3.0.3", "paths": {}}
        assert parsed.load(dated, LOADER, tmp_path)["x-released"] == datetime.date(2024, 1, 1)
    assert len(parses) == 4
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_file_is_parsed_again_and_replaced(tmp_path: Path, parses: list[str]) -> None:
    text = description("e")
    expected = parsed.load(text, LOADER, tmp_path)
    (kept,) = tmp_path.glob("*.marshal")
    kept.write_bytes(kept.read_bytes()[:100])
    assert parsed.load(text, LOADER, tmp_path) == expected
    assert parsed.load(text, LOADER, tmp_path) == expected
    assert len(parses) == 2


def test_a_directory_keeps_the_newest_documents_only(tmp_path: Path, parses: list[str]) -> None:
    texts = [description(f"f{i}") for i in range(parsed.KEPT + 2)]
    for text in texts:
        parsed.load(text, LOADER, tmp_path)
        for kept in tmp_path.glob("*.marshal"):  # the files' times, as if written apart
            stat = kept.stat()
            os.utime(kept, (stat.st_atime, stat.st_mtime - 1))
    assert len(list(tmp_path.glob("*.marshal"))) == parsed.KEPT
    parsed.load(texts[-1], LOADER, tmp_path)  # the newest: still kept
    parsed.load(texts[0], LOADER, tmp_path)  # the oldest: gone, parsed again
    assert parses[-1] is texts[0]
    assert len(parses) == len(texts) + 1
