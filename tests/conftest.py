"""Fixtures every suite may use: a clean IBL_* environment, and scripted loopback servers."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from typing import Any

import pytest
from layer.server import ScriptedServer
from support import older_sdk
from support.older_sdk import OlderSdk

from ibl_client._config import VARIABLES
from ibl_client._upgrade import parsed
from scripts import obtain

LOOPBACK = ("127.0.0.1", "localhost")

# The descriptions the tests parse (the same few, dozens of times, seconds each: the pipeline's
# runs, the upgrade check's) are kept parsed, in the pipeline's cache; subprocesses inherit it.
os.environ.setdefault(parsed.VARIABLE, str(obtain.YAML_CACHE))


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No IBL_* variable from the developer's shell, and the ibl_client logger restored."""
    for name in VARIABLES.values():
        monkeypatch.delenv(name, raising=False)
    # Loopback servers are reached directly even where the shell sets a proxy (which tools
    # such as pip, run by some tests, may still need for everything else).
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, ",".join(filter(None, [os.environ.get(name), *LOOPBACK])))
    logger = logging.getLogger("ibl_client")
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.fixture(scope="session")
def sdk_3_66(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OlderSdk]:
    """The whole 3.66.0 SDK, generated once a session (tests/support/older_sdk.py)."""
    with older_sdk.generated(tmp_path_factory.mktemp("older")) as sdk:
        yield sdk


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def other_server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer().start()
    yield srv
    srv.stop()


# Modules that share a costly session fixture run on one worker, which builds it once.
SHARED_WORKER = {
    "tests/test_api_versions.py": "sdk_3_66",  # the 3.66.0 SDK, generated once
    "tests/test_documented_operations.py": "sdk_3_66",
}


#: The slowest modules, started first so that neither worker is left running one of them alone
#: at the end (longest first; the rest keep their order). Measured one by one under load on
#: 2026-12-07: pyright --verifytypes 120 s, the contract suite 100 s, the 3.66.0 SDK's two
#: modules 65 s, the docs blocks 40 s, the vendored copies 40 s, then 20-27 s each. xdist would
#: otherwise order modules by their number of tests, which put the one-test pyright module last.
#: A stale list costs time, never a result.
SLOWEST_FIRST = (
    "tests/test_type_completeness.py",
    "tests/contract/",
    "tests/test_api_versions.py",
    "tests/test_documented_operations.py",
    "tests/test_docs_blocks.py",
    "tests/vendor/",
    "tests/upgrade/test_vendor_from_code.py",
    "tests/test_wheel.py",
    "tests/upgrade/test_check.py",
    "tests/test_generated_tree.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        return next(
            (n for n, prefix in enumerate(SLOWEST_FIRST) if item.nodeid.startswith(prefix)),
            len(SLOWEST_FIRST),
        )

    items.sort(key=rank)  # stable: a module's tests stay together and in order


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Under pytest-xdist (`make test` runs two workers), a test module stays on one worker, in
    order, with its module and session fixtures built once; modules that share a costly fixture
    (SHARED_WORKER) stay together; modules are handed out in collection order, the slowest
    first (SLOWEST_FIRST). (xdist's own ``loadgroup`` marks no longer take under pytest 9,
    which stores node ids elsewhere.)"""
    from xdist.scheduler import LoadScopeScheduling

    config.option.loadscopereorder = False

    class ByModule(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return SHARED_WORKER.get(module, module)

    return ByModule(config, log)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The closing note says how many README and docs blocks ran (tests/test_docs_blocks.py)."""
    counts = {
        outcome: sum(
            "test_docs_blocks.py::test_block[" in getattr(report, "nodeid", "")
            for report in terminalreporter.stats.get(outcome, [])
        )
        for outcome in ("passed", "failed", "skipped", "error")
    }
    if any(counts.values()):
        terminalreporter.write_line(
            f"README.md and docs/ blocks: {counts['passed']} ran and passed, "
            f"{counts['failed'] + counts['error']} failed, {counts['skipped']} skipped"
        )
