"""A small SDK generated from tests/data/mini-openapi.yaml, next to a copy of the hand-written
layer, so pipeline rules are tested on generated code without touching ibl_client/."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from scripts import generate

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "data" / "mini-openapi.yaml"


def build_mini_sdk(parent: Path, name: str = "minisdk") -> Path:
    package = parent / name
    assert generate.main(["--file", str(MINI), "--no-overlay", "--output", str(package)]) == 0
    return package


@pytest.fixture(scope="session")
def mini_builder() -> Callable[[Path], Path]:
    """Builds a fresh mini SDK below the given folder and returns its package folder."""
    return build_mini_sdk


@pytest.fixture(scope="session")
def mini_spec() -> Path:
    return MINI


@pytest.fixture(scope="session")
def mini_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    parent = tmp_path_factory.mktemp("mini")
    build_mini_sdk(parent)
    sys.path.insert(0, str(parent))
    try:
        yield importlib.import_module("minisdk")
    finally:
        sys.path.remove(str(parent))
        for name in [n for n in sys.modules if n == "minisdk" or n.startswith("minisdk.")]:
            del sys.modules[name]
