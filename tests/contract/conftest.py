"""Session fixtures for the contract suite: the description, the SDK, a running Prism."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from support.prerequisites import missing

from scripts import obtain, overlay
from scripts.generate import OVERLAY

from . import sdk
from .prism import PrismServer, ToolMissing, ensure_installed
from .report import ContractReport
from .spec import REPO_ROOT, Spec, spec_path

REPORT_KEY = pytest.StashKey[ContractReport]()
NEGATIVE_KEY = pytest.StashKey[list[str]]()
PRISM_LOG = REPO_ROOT / ".cache" / "contract-prism.log"


def unavailable(reason: str) -> NoReturn:
    """Skip on a developer machine; fail in CI, where a skipped contract proves nothing."""
    missing(f"the contract suite cannot run: {reason}")


@pytest.fixture(scope="session")
def contract_spec() -> Spec:
    path: Path = spec_path()
    if not path.exists():
        unavailable(f"no OpenAPI description at {path}")
    problem = None
    try:
        importlib.import_module(sdk.API_PACKAGE)
        importlib.import_module("ibl_client")
    except ImportError as exc:
        problem = f"the generated SDK is not importable: {exc}"
    if problem is not None:
        unavailable(problem)
    return Spec.load(with_overlay(path))


def with_overlay(path: Path) -> Path:
    """The description with overlay.yaml's corrections, as the API documentation states it.

    The corrections (defaults, nullability) are facts about the API, so the mock server
    validates against them too. Normalisation is left out: it only chooses, among what the
    API accepts, what the SDK sends.
    """
    if path != REPO_ROOT / "openapi.yaml":
        return path
    document = obtain.from_file(path)
    overlay.apply(document, obtain.from_file(OVERLAY))
    target = REPO_ROOT / ".cache" / "contract-openapi.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document), encoding="utf-8")
    return target


@pytest.fixture(scope="session")
def prism_server(contract_spec: Spec) -> Iterator[PrismServer]:
    problem = None
    try:
        executable = ensure_installed()
    except ToolMissing as exc:
        problem = str(exc)  # reported outside the handler, without a chained traceback
    if problem is not None:
        unavailable(problem)
    assert contract_spec.path is not None
    with PrismServer(spec=contract_spec.path, log_path=PRISM_LOG, executable=executable) as server:
        yield server


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    config = terminalreporter.config
    report = config.stash.get(REPORT_KEY, None)
    negative = config.stash.get(NEGATIVE_KEY, None)
    if report is None and not negative:
        return
    terminalreporter.section("ibl_client contract against Prism")
    if report is not None:
        for line in report.lines():
            terminalreporter.write_line(line)
    for line in negative or []:
        terminalreporter.write_line(f"negative check: {line}")
