"""The SDK runs on Python 3.10, its oldest supported version (the pipeline itself needs 3.11).

A 3.10 virtualenv with only the runtime dependencies imports every module of the package and
makes one async and one sync call through the client, with an operation and a model chosen from
the description by what they are (so the check holds after a bump). Without a Python 3.10 it is
skipped locally and fails under CI (tests/support/prerequisites.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import by_property
import pytest
from range_ends import interpreters
from support.prerequisites import missing

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".cache" / "py310-runtime"

SCRIPT = r"""
import asyncio, importlib, json, pkgutil, sys
import httpx
import ibl_client
import ibl_client.generated as generated
from ibl_client.generated import models

assert sys.version_info[:2] == (3, 10), sys.version
chosen = json.loads(sys.argv[1])  # what the test chose from the description (see below)
count = 0
for info in pkgutil.walk_packages(generated.__path__, generated.__name__ + "."):
    importlib.import_module(info.name)
    count += 1

def answer(request):
    return httpx.Response(200, json=chosen["body"])

def method(ibl):
    return getattr(getattr(ibl, chosen["group"]), chosen["method"])

async def main():
    transport = httpx.MockTransport(answer)
    async with ibl_client.AsyncClient(api_key="k", transport=transport) as ibl:
        return getattr(await method(ibl)(), chosen["field"])

# DRF writes UTC date-times with a trailing "Z", which 3.10's fromisoformat rejects alone.
model = getattr(models, chosen["dated"]["model"])
dated = getattr(model.from_dict(chosen["dated"]["body"]), chosen["dated"]["field"])
assert dated.utcoffset().total_seconds() == 0 and dated.microsecond == 123456, dated

with ibl_client.Client(api_key="k", transport=httpx.MockTransport(answer)) as ibl:
    sync_value = getattr(method(ibl)(), chosen["field"])
print(count, asyncio.run(main()), sync_value)
"""


def chosen() -> dict[str, Any]:
    """The call and the model the script uses, chosen by what they are (tests/by_property.py):
    a GET answering a model with a required integer, and a model with a required date-time."""
    call = by_property.counting_call()
    model, field, body = by_property.date_time_model()
    body = {**body, field: "2026-01-02T03:04:05.123456Z"}
    dated = {"model": model, "field": by_property.python_name(field), "body": body}
    return {
        "group": call.group,
        "method": call.method,
        "field": call.field,
        "body": call.body,
        "dated": dated,
        "value": call.value,
    }


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
        [str(python310()), "-c", SCRIPT, json.dumps(wanted := chosen())],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    modules, async_value, sync_value = result.stdout.split()
    assert int(modules) > 2000
    assert (async_value, sync_value) == (str(wanted["value"]),) * 2
