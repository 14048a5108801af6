"""Every ```python block of README.md and docs/*.md runs, in order, against a loopback server.

So the examples, and what they print, cannot go stale: a renamed operation, a missing import, a
removed option fails here. Each block runs in a fresh namespace with ``IBL_BASE_URL`` and
``IBL_API_KEY`` pointing at the testing kit's fake API (``ibl_client.testing.FakeIBL``), which
answers a request with a body sampled from the response schema of the operation it matches, in
the SDK's own description, and a path or method the description lacks with
``404 {"detail": "Not found."}``, as the API does. It checks every request against the
description: a block whose requests do not fit fails, naming each (a block that shows such a
request on purpose says so, ``<!-- violations: expected -->``). The mentor workflow's
operations answer with state, and ``IBL_WEBSOCKET_URL`` points at a loopback mentor chat
(tests/workflow/servers.py). Top-level ``await``, ``async for`` and ``async with`` work
(one event loop per document, as in an async REPL); blocks run with the repository as the
working directory.

What a block prints is captured. A line of a block ending in ``# prints: TEXT`` shows what it
prints: the printed lines must include each such TEXT, in order (``...`` matches any text). A
block that calls ``print`` must print something (over all its runs): a loop over an empty list,
or an ``except`` branch that never runs, would show nothing.

Directives, as HTML comments on the lines just before a block (invisible on GitHub):

``<!-- uses: ibl, save -->``
    the block reuses these names from earlier blocks of the same document (the most recent
    definition); anything else it needs, it must import or define itself.
``<!-- requires: aiohttp -->``
    the block needs an optional module (or one an earlier checked console block writes under
    ``vendor/``); skipped, saying so, when it is not installed, and failed under CI.
``<!-- skip: reason -->``
    the block does not run, for the reason given (it is shown in the test report). For blocks
    that cannot run here, not for blocks that fail.
``<!-- answers: 200, 404, 429, 500, invalid -->``
    the block runs once per answer, the server answering every request of that run with it
    (``FakeIBL.on(EVERY)``): a status (an error has a ``{"detail": ...}`` body and
    ``Retry-After: 0``, so retries do not wait); ``invalid``, a 200 whose body fits no schema
    (a JSON string); or ``slow``, the description's answer 1.5 s late. So each ``except``
    branch of an example runs, and a wrong attribute in one fails here.
``<!-- violations: expected -->``
    the block's requests need not fit the description (it shows the escape hatches for what
    the description lacks): they are answered as their operations' all the same.
``<!-- run: pytest -->``
    the block is a test file: it runs in a pytest of its own (from a scratch directory, with the
    plugins the installed SDK brings, such as ``ibl_client.testing``'s fixtures), and every
    test it defines must pass.
``<!-- output: checked -->``
    on a ```console block: each ``$ command`` runs (from a scratch directory, with
    ``python`` and ``.venv/bin/python`` meaning this interpreter) and the lines shown under it
    must appear in its output, in order; ``...`` in a shown line matches any text.

Other ```console, ``` and non-Python blocks are not run. The closing note of the test session
says how many blocks ran (tests/conftest.py).
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import importlib.util
import inspect
import io
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from support.prerequisites import missing
from workflow.servers import MentorPlayback, MentorSocket

from ibl_client import AsyncClient, Client
from ibl_client.testing import EVERY, FakeIBL, FakeViolationError

ROOT = Path(__file__).resolve().parents[1]
# Checked console blocks run here; a package they write under vendor/ is importable by later
# blocks (the README's vendored my_ibl).
SCRATCH = ROOT / ".cache" / "docs-console"
PYTHONS = ("python", ".venv/bin/python")  # in a checked console block: this interpreter
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
API_KEY = "docs-example-key"
CLIENTS = (AsyncClient, Client, httpx.AsyncClient, httpx.Client)

_FENCE = re.compile(r"^```(\w*)\s*$")
_DIRECTIVE = re.compile(
    r"^<!--\s*(uses|requires|skip|output|answers|run|violations):\s*(.*?)\s*-->\s*$"
)
_PRINTS = re.compile(r"#\s*prints:\s*(.*?)\s*$")


@attrs.frozen
class Block:
    document: Path
    line: int  # of the opening fence, 1-based
    language: str
    source: str
    directives: dict[str, str]

    @property
    def label(self) -> str:
        return f"{self.document.relative_to(ROOT)}:{self.line}"

    @property
    def uses(self) -> list[str]:
        return [n.strip() for n in self.directives.get("uses", "").split(",") if n.strip()]

    @property
    def answers(self) -> list[str | None]:
        """The forced answer of each run (None: the description's answer)."""
        given = [a.strip() for a in self.directives.get("answers", "").split(",") if a.strip()]
        return [None if a == "200" else a for a in given] or [None]

    @property
    def shown(self) -> list[str]:
        """The lines the block says it prints (``# prints: ...``), in order."""
        return [m[1] for line in self.source.splitlines() if (m := _PRINTS.search(line))]


def blocks_of(document: Path) -> list[Block]:
    """The fenced blocks of a Markdown document, each with the directives just above it."""
    lines = document.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if match is None:
            index += 1
            continue
        start = index
        end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("```"))
        directives: dict[str, str] = {}
        above = start - 1
        while above >= 0 and (lines[above].strip() == "" or _DIRECTIVE.match(lines[above])):
            directive = _DIRECTIVE.match(lines[above])
            if directive:
                directives[directive[1]] = directive[2]
            above -= 1
        found.append(
            Block(document, start + 1, match[1], "\n".join(lines[start + 1 : end]), directives)
        )
        index = end + 1
    return found


def runnable(block: Block) -> bool:
    return block.language == "python" or (
        block.language == "console" and block.directives.get("output") == "checked"
    )


ALL_BLOCKS = [block for document in DOCUMENTS for block in blocks_of(document)]
BLOCKS = [block for block in ALL_BLOCKS if runnable(block)]


# --- the loopback server -------------------------------------------------------------------


#: A forced answer's latency (``answers: slow``).
SLOW_S = 1.5


def force(fake: FakeIBL, answer: str | None) -> None:
    """Every request answered with ``answer`` (an ``answers`` directive's), or as described."""
    every = fake.on(EVERY).reset()
    if answer == "invalid":
        every.respond(b'"a body no schema declares"', status=200)
    elif answer == "slow":
        every.respond(delay=SLOW_S)
    elif answer is not None:
        every.fail(int(answer), retry_after=0, detail=f"forced {answer} for this run")


@pytest.fixture(scope="session")
def docs_websocket() -> Iterator[str]:
    """The mentor chat's WebSocket on loopback, taking the examples' API key."""
    if importlib.util.find_spec("websockets") is None:
        yield "ws://127.0.0.1:9"  # nothing listens: the chat blocks are skipped (requires:)
        return
    server = MentorSocket(token=API_KEY).start()
    yield server.url
    server.stop()


@pytest.fixture(scope="session")
def docs_server() -> Iterator[FakeIBL]:
    """The API on loopback: the testing kit's fake, the mentor workflow played with state
    (tests/workflow/servers.py), so README's workflow runs end to end; a block's ``answers``
    directive forces every answer of a run."""
    with FakeIBL() as fake:
        MentorPlayback(fake)
        yield fake


# --- running the blocks --------------------------------------------------------------------


class Document:
    """The blocks of one document run so far: the names each defined, one event loop."""

    def __init__(self, fake: FakeIBL) -> None:
        self.fake = fake
        self.defined: dict[str, Any] = {}
        self.outcomes: dict[int, BaseException | None] = {}
        self.clients: list[Any] = []
        self.loop = asyncio.new_event_loop()

    def run(self, block: Block) -> None:
        """Run ``block``, after every earlier runnable block of its document not yet run."""
        for earlier in BLOCKS:
            if (
                earlier.document == block.document
                and earlier.line < block.line
                and earlier.line not in self.outcomes
                and _ready(earlier) is None
            ):
                self._run_and_record(earlier)
        self._run_and_record(block)
        outcome = self.outcomes[block.line]
        if outcome is not None:
            raise outcome

    def _run_and_record(self, block: Block) -> None:
        try:
            if block.language == "console":
                run_console(block)
            elif block.directives.get("run") == "pytest":
                run_pytest(block)
            else:
                self._run_python(block)
            self.outcomes[block.line] = None
        except BaseException as exc:  # recorded, raised by the block's own test
            self.outcomes[block.line] = exc

    def _run_python(self, block: Block) -> None:
        # Padding keeps line numbers those of the document in tracebacks.
        source = "\n" * block.line + block.source
        code = compile(source, block.label, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        printed: list[str] = []
        self.fake.take_violations()  # an earlier block's, already reported by its own test
        self.fake.refuse_violations = block.directives.get("violations") != "expected"
        for forced in block.answers:
            namespace: dict[str, Any] = {"__name__": "__docs__"}
            for name in block.uses:
                if name not in self.defined:
                    raise NameError(f"{block.label} uses {name!r}, which no earlier block defines")
                namespace[name] = self.defined[name]
            out = io.StringIO()
            force(self.fake, forced)
            try:
                with contextlib.redirect_stdout(out):
                    if code.co_flags & inspect.CO_COROUTINE:
                        self.loop.run_until_complete(eval(code, namespace))
                    else:
                        exec(code, namespace)
            finally:
                force(self.fake, None)
                sys.stdout.write(out.getvalue())  # still shown by pytest on a failure
            printed += out.getvalue().splitlines()
            made = {k: v for k, v in namespace.items() if not k.startswith("__")}
            self.defined.update(made)
            self.clients += [v for v in made.values() if isinstance(v, CLIENTS)]
        violations = self.fake.take_violations()
        if violations and self.fake.refuse_violations:
            raise FakeViolationError(violations)
        if re.search(r"\bprint\(", block.source):
            assert printed, f"{block.label} calls print but printed nothing"
        assert_shown(block.label, block.shown, printed, "what the block printed")

    def close(self) -> None:
        """Close the clients the blocks left open (an example need not), then the loop."""
        for client in self.clients:
            if isinstance(client, (AsyncClient, httpx.AsyncClient)):
                self.loop.run_until_complete(client.aclose())
            else:
                client.close()
        self.loop.close()


def run_console(block: Block) -> None:
    """Run each ``$ command`` of a checked console block; its shown lines must appear."""
    steps: list[tuple[str, list[str]]] = []
    lines = block.source.splitlines()
    index = 0
    while index < len(lines):
        if not lines[index].startswith("$ "):
            raise ValueError(f"{block.label}: a checked block starts each command with '$ '")
        command = lines[index][2:]
        while command.endswith("\\"):
            index += 1
            command = command[:-1] + " " + lines[index].strip()
        shown = []
        index += 1
        while index < len(lines) and not lines[index].startswith("$ "):
            shown.append(lines[index])
            index += 1
        steps.append((command, shown))
    scratch = SCRATCH
    scratch.mkdir(parents=True, exist_ok=True)
    for command, shown in steps:
        argv = [sys.executable if a in PYTHONS else a for a in shlex.split(command)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            argv, cwd=scratch, env=env, capture_output=True, text=True, check=False
        )
        output = (result.stdout + result.stderr).splitlines()
        assert result.returncode == 0, f"{command}\n{result.stderr[-2000:]}"
        assert_shown(block.label, shown, output, f"the output of {command!r}")


def run_pytest(block: Block) -> None:
    """Run a ``run: pytest`` block as a test file; each test it defines must pass."""
    folder = SCRATCH / "pytest"
    folder.mkdir(parents=True, exist_ok=True)
    test_file = folder / f"test_{block.document.stem.lower()}_{block.line}.py"
    test_file.write_text(block.source + "\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(folder),
            test_file.name,
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    tests = len(re.findall(r"^(?:async )?def test_", block.source, re.M))
    assert result.returncode == 0, f"{block.label}: its tests failed:\n{output[-3000:]}"
    assert f"{tests} passed" in output, f"{block.label}: expected {tests} passed:\n{output}"


def assert_shown(label: str, shown: list[str], output: list[str], what: str) -> None:
    """Each shown line is one of the output's lines, in order; ``...`` matches any text."""
    position = 0
    for want in shown:
        pattern = re.compile(".*".join(map(re.escape, want.strip().split("..."))))
        while position < len(output) and not pattern.fullmatch(output[position].strip()):
            position += 1
        assert position < len(output), (
            f"{label}: {want.strip()!r} is not in {what}, which is:\n" + "\n".join(output)
        )
        position += 1


def _ready(block: Block) -> str | None:
    """Why ``block`` cannot run here, or None."""
    if "skip" in block.directives:
        return block.directives["skip"]
    for module in block.directives.get("requires", "").split(","):
        module = module.strip()
        if module and importlib.util.find_spec(module) is None:
            return f"needs {module}, which is not installed"
    return None


@pytest.fixture(scope="module")
def documents(docs_server: FakeIBL) -> Iterator[dict[Path, Document]]:
    runs = {document: Document(docs_server) for document in DOCUMENTS}
    yield runs
    for run in runs.values():
        run.close()


@pytest.mark.parametrize("block", BLOCKS, ids=[block.label for block in BLOCKS])
def test_block(
    block: Block,
    documents: dict[Path, Document],
    docs_server: FakeIBL,
    docs_websocket: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(SCRATCH / "vendor"))
    reason = _ready(block)
    if reason is not None:
        if "skip" in block.directives:
            pytest.skip(reason)
        missing(reason)  # an optional module: fails in CI
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("IBL_BASE_URL", docs_server.url)
    monkeypatch.setenv("IBL_API_KEY", API_KEY)
    monkeypatch.setenv("IBL_WEBSOCKET_URL", docs_websocket)
    documents[block.document].run(block)


def test_no_python_hides_in_an_untagged_block() -> None:
    """Code in a block not marked ```python is code the runner never sees."""
    for block in ALL_BLOCKS:
        if block.language in ("", "py", "python3"):
            try:
                ast.parse(block.source)
            except SyntaxError:
                continue  # output, a tree, a table: not Python
            assert not re.search(
                r"^(import |from \S+ import |await |async )", block.source, re.M
            ), f"{block.label} is Python; mark it ```python so that it runs"
