"""Prism, the mock server the contract suite talks to: install, start, wait, stop.

Prism is pinned in ``tests/contract/package.json`` with a committed ``package-lock.json``.
:func:`ensure_installed` copies both into ``.tools/prism/`` (ignored by git) and runs
``npm ci`` there when the installed copy is missing or was made from another lock file, so a
fresh machine needs nothing but ``node`` and ``npm``.

The server runs in static mode (no ``--dynamic``): responses come from the description's
examples or, lacking those, from the schema, and are identical on every run. ``--errors`` is
deliberately off: Prism rejects an invalid *request* either way (422, or the documented
400/422 with an ``sl-violations`` header), and without ``--errors`` a response that breaks
its own schema is still returned, flagged in ``sl-violations``, instead of becoming a 500
that would hide whether the SDK can parse it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from .spec import REPO_ROOT

HERE = Path(__file__).resolve().parent
TOOLS_DIR = REPO_ROOT / ".tools" / "prism"
MIN_NODE = (18, 20, 1)  # @stoplight/prism-cli 5.14.2's "engines" field
READY_TIMEOUT_S = float(os.environ.get("IBL_CONTRACT_PRISM_TIMEOUT", "300"))


class ToolMissing(Exception):
    """node or npm is absent or too old: a skip on a developer machine, a failure in CI."""


def pinned_version() -> str:
    manifest = json.loads((HERE / "package.json").read_text())
    return str(manifest["dependencies"]["@stoplight/prism-cli"])


def check_node() -> None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        missing = " and ".join(n for n, p in (("node", node), ("npm", npm)) if p is None)
        raise ToolMissing(
            f"the contract suite needs Node.js >= {'.'.join(map(str, MIN_NODE))} with npm "
            f"to run the Prism mock server; {missing} not found on PATH"
        )
    out = subprocess.run([node, "--version"], capture_output=True, text=True, check=True)
    version = tuple(int(part) for part in out.stdout.strip().lstrip("v").split(".")[:3])
    if version < MIN_NODE:
        raise ToolMissing(
            f"Prism {pinned_version()} needs Node.js >= {'.'.join(map(str, MIN_NODE))}; "
            f"found {out.stdout.strip()}"
        )


def prism_executable() -> Path:
    return TOOLS_DIR / "node_modules" / ".bin" / "prism"


def ensure_installed() -> Path:
    """Install the pinned Prism into ``.tools/prism`` unless that copy is current."""
    check_node()
    lock = (HERE / "package-lock.json").read_bytes()
    installed_lock = TOOLS_DIR / "package-lock.json"
    executable = prism_executable()
    if executable.exists() and installed_lock.exists() and installed_lock.read_bytes() == lock:
        return executable
    TOOLS_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HERE / "package.json", TOOLS_DIR / "package.json")
    installed_lock.write_bytes(lock)
    result = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
        cwd=TOOLS_DIR,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0 or not executable.exists():
        installed_lock.unlink(missing_ok=True)
        raise RuntimeError(
            f"npm ci in {TOOLS_DIR} failed ({result.returncode}):\n{result.stderr[-4000:]}"
        )
    return executable


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PrismServer:
    """One running ``prism mock`` on loopback; use as a context manager."""

    spec: Path
    log_path: Path
    executable: Path = field(default_factory=prism_executable)
    port: int = field(default_factory=free_port)
    startup_seconds: float = 0.0
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> PrismServer:
        started = time.monotonic()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self._process = subprocess.Popen(
                [
                    str(self.executable),
                    "mock",
                    str(self.spec),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--verboseLevel",
                    "warn",
                    # Logging in a forked process halves Prism's time per request (measured:
                    # about 35 ms -> 18 ms against openapi.yaml), the suite's bottleneck.
                    "--multiprocess",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        try:
            self._wait_until_ready(started)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started
        return self

    def _wait_until_ready(self, started: float) -> None:
        assert self._process is not None
        while time.monotonic() - started < READY_TIMEOUT_S:
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"Prism exited with {self._process.returncode} before listening:\n"
                    f"{self.log_tail()}"
                )
            # An HTTP answer, not an open port: with --multiprocess the port accepts
            # connections seconds before the forked server answers them.
            try:
                httpx.get(f"{self.url}/__contract_ready__", timeout=2.0)
                return
            except httpx.HTTPError:
                time.sleep(0.25)
        raise TimeoutError(
            f"Prism did not listen on {self.url} within {READY_TIMEOUT_S:.0f}s:\n{self.log_tail()}"
        )

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        # With --multiprocess Prism forks its HTTP server; both live in the session (and so
        # the process group) that start() created for them, and only they do.
        self._signal_group(process, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._signal_group(process, signal.SIGKILL)
            process.wait(timeout=10)
        self._signal_group(process, signal.SIGKILL)  # a forked server outliving its parent

    @staticmethod
    def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, sig)

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return "(no log)"

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
