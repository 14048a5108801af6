"""The SDK runs on Python 3.10, its oldest supported version (the pipeline itself needs 3.11).

A 3.10 virtualenv with only the runtime dependencies imports every module of the package and
makes one async and one sync call through the client. Skipped when no Python 3.10 is found.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from range_ends import interpreters
from support.prerequisites import missing

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".cache" / "py310-runtime"

SCRIPT = r"""
import asyncio, importlib, pkgutil, sys
import httpx
import ibl_client
import ibl_client.generated as generated

assert sys.version_info[:2] == (3, 10), sys.version
count = 0
for info in pkgutil.walk_packages(generated.__path__, generated.__name__ + "."):
    importlib.import_module(info.name)
    count += 1

def answer(request):
    return httpx.Response(200, json={"total_seconds": 7})

async def main():
    transport = httpx.MockTransport(answer)
    async with ibl_client.AsyncClient(api_key="k", transport=transport) as ibl:
        return (await ibl.ai_analytics.analytics_time_spent_user_retrieve()).total_seconds

# DRF writes UTC date-times with a trailing "Z", which 3.10's fromisoformat rejects alone.
from ibl_client.generated.models import PlatformApiKey
key = PlatformApiKey.from_dict({
    "username": "u", "name": "n", "key": "k", "platform_key": "p",
    "created": "2026-01-02T03:04:05.123456Z", "expires": "2026-02-01T00:00:00Z",
})
assert key.created.utcoffset().total_seconds() == 0 and key.created.microsecond == 123456

with ibl_client.Client(api_key="k", transport=httpx.MockTransport(answer)) as ibl:
    sync_seconds = ibl.ai_analytics.analytics_time_spent_user_retrieve().total_seconds
print(count, asyncio.run(main()), sync_seconds)
"""


def find_python310() -> str | None:
    """A Python 3.10 that runs (on PATH, else installed by pyenv), as ``make test-deps`` finds
    its interpreters."""
    return interpreters().get((3, 10))


def python310() -> Path:
    interpreter = find_python310()
    if interpreter is None:
        missing("no python3.10 interpreter found (the oldest Python the SDK supports)")
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([interpreter, "-m", "venv", str(VENV)], check=True)
    # The run-time dependencies as pyproject.toml declares them, (re)installed when they change.
    import tomllib

    wanted = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    stamp = VENV / ".requirements"
    if not stamp.exists() or stamp.read_text() != "\n".join(wanted):
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *wanted], check=True)
        stamp.write_text("\n".join(wanted))
    return python


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX venv layout")
def test_the_package_imports_and_calls_on_python_310() -> None:
    result = subprocess.run(
        [str(python310()), "-c", SCRIPT],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    modules, async_seconds, sync_seconds = result.stdout.split()
    assert int(modules) > 2000
    assert (async_seconds, sync_seconds) == ("7", "7")
