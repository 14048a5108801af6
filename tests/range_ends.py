"""The declared ranges are the tested ranges: ``tests/layer`` (the differential tests with it),
the chat's WebSocket tests and the telemetry's, in a virtualenv for each end of what
``pyproject.toml`` allows (``make test-deps``).

- ``lowest``: the oldest supported Python, with the floor of every runtime dependency (httpx,
  attrs, sniffio, msgspec) and of the extras (aiohttp, websockets, opentelemetry-api) exactly;
- ``newest``: the newest Python on this machine, with the newest release of each the ranges
  allow (resolved when the virtualenv is made; ``--refresh`` resolves them again).

OpenTelemetry's SDK, which the telemetry tests read spans back with, is a tool that must match
the API's version: the lowest end takes the API floor's own release of it.

The virtualenvs are kept under ``.cache/range-ends/`` and made again only when what they should
hold changes (the requirements are their stamp), so a second run only runs the tests. The
package is not installed: the tree is put on ``PYTHONPATH``, so the tests run this checkout.
The two ends run side by side, each end's output printed whole when it is done.

    python tests/range_ends.py [--refresh] [--only lowest|newest] [--prepare] [pytest arguments]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import glob
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache" / "range-ends"
#: The tools tests/layer imports (respx: the mocking tests; PyYAML, openapi-spec-validator and
#: python-dateutil: the prepared description the fixtures sample, and its date-times), as the
#: dev extra pins them (pyproject.toml).
TOOLS = ("pytest", "pytest-asyncio", "respx", "PyYAML", "openapi-spec-validator", "python-dateutil")


#: tests/layer but the decoding tests, which choose their models with the generator's own naming
#: rules, and the index search's, which reads the generated tree through scripts/ (both need
#: openapi-python-client, whose httpx range is not ours, and which runs on 3.11 and later only);
#: the chat's WebSocket tests and the telemetry's. (msgspec's floor is met by the calls of
#: generated operations these tests make, each answer decoded by ``_decode``.)
LAYER_TESTS = [
    "tests/layer",
    "--ignore=tests/layer/test_decode.py",
    "--ignore=tests/layer/test_validation.py",
    "--ignore=tests/layer/test_find.py",
    "tests/workflow/test_chat.py",
    "tests/telemetry",
]
#: The extras whose ranges the ends take, beside the runtime dependencies.
EXTRAS = ("aiohttp", "websockets", "otel")
#: The test tool that must be the release of the extra's floor at the lowest end.
OTEL_SDK = "opentelemetry-sdk"


def _project() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]  # type: ignore[no-any-return]


def _requirement(name: str, requirements: list[str]) -> str:
    for requirement in requirements:
        if re.match(rf"{re.escape(name)}\s*[<>=!~\[;]", requirement + ";"):
            return requirement
    raise SystemExit(f"pyproject.toml declares no {name}")


def _floor(requirement: str) -> str:
    """``httpx>=0.27,<1`` -> ``httpx==0.27``: the lowest version the range allows."""
    name, floor = re.match(r"([A-Za-z0-9_.-]+)\s*.*?>=\s*([0-9][^,;\s]*)", requirement).groups()  # type: ignore[union-attr]
    return f"{name}=={floor}"


def python_version(interpreter: str) -> tuple[int, int] | None:
    """The ``(major, minor)`` of an interpreter that runs, else None (a pyenv shim may not)."""
    try:
        out = subprocess.run(
            [interpreter, "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    except OSError:
        return None
    if out.returncode != 0:
        return None
    major, minor = out.stdout.split()
    return int(major), int(minor)


def interpreters() -> dict[tuple[int, int], str]:
    """Each Python 3 version found on PATH or installed by pyenv, with one interpreter for it."""
    candidates = [
        *(shutil.which(f"python3.{minor}") for minor in range(8, 30)),
        *sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3.*[0-9]"))),
    ]
    found: dict[tuple[int, int], str] = {}
    for candidate in filter(None, candidates):
        version = python_version(candidate)
        if version is not None:
            found.setdefault(version, candidate)
    return found


def ends(refresh: bool) -> dict[str, tuple[str, list[str]]]:
    """Each end's interpreter and requirements."""
    project = _project()
    runtime: list[str] = list(project["dependencies"])  # type: ignore[call-overload]
    optional: dict[str, list[str]] = project["optional-dependencies"]  # type: ignore[assignment]
    dev = optional["dev"]
    tools = [_requirement(name, dev) for name in TOOLS]
    ranged = [*runtime, *(r for extra in EXTRAS for r in optional[extra])]
    lowest = [*map(_floor, ranged), *tools]
    otel_floor = _floor(_requirement("opentelemetry-api", optional["otel"])).split("==")[1]
    lowest.append(f"{OTEL_SDK}=={otel_floor}")
    floor = tuple(int(p) for p in re.findall(r"\d+", str(project["requires-python"]))[:2])
    found = {version: path for version, path in interpreters().items() if version >= floor}
    if floor not in found:
        raise SystemExit(f"no Python {'.'.join(map(str, floor))} on this machine")
    return {
        "lowest": (found[floor], lowest),
        "newest": (found[max(found)], [*ranged, *tools, OTEL_SDK]),
    }


def venv(name: str, interpreter: str, requirements: list[str], refresh: bool) -> Path:
    """The virtualenv of one end, made or brought up to date."""
    where = CACHE / name
    python = where / "bin" / "python"
    stamp = where / ".requirements"
    wanted = "\n".join([interpreter, *requirements])
    if refresh or not python.exists() or not stamp.exists() or stamp.read_text() != wanted:
        shutil.rmtree(where, ignore_errors=True)
        subprocess.run([interpreter, "-m", "venv", str(where)], check=True)
        install = [str(python), "-m", "pip", "install", "--quiet", "--upgrade", *requirements]
        # The project itself, without dependencies (the end's own are above): its metadata is
        # what tests read the installed version from (the User-Agent), its code stays ROOT's.
        project = [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "-e", str(ROOT)]
        for command in (install, project):
            out = subprocess.run(command, capture_output=True, text=True, check=False)
            if out.returncode != 0:  # pip's own warnings shown only when it fails
                raise SystemExit(f"{name}: pip install failed\n{out.stdout}{out.stderr}")
        stamp.write_text(wanted)
    return where


#: What each end reports it ran with.
REPORTED = (
    *("httpx", "httpcore", "attrs", "sniffio", "msgspec"),
    *("aiohttp", "websockets", "opentelemetry-api"),
)


def versions(where: Path) -> str:
    script = f"NAMES = {REPORTED!r}; " + (
        "import sys, importlib.metadata as m; print(f'Python {sys.version.split()[0]}', "
        "*(f'{n} {m.version(n)}' for n in NAMES), sep=', ')"
    )
    out = subprocess.run(
        [str(where / "bin" / "python"), "-c", script], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def run_end(
    name: str, interpreter: str, requirements: list[str], refresh: bool, pytest_args: list[str]
) -> tuple[bool, str]:
    """One end: its virtualenv made or brought up to date, then the tests; whether they passed,
    and everything it printed (kept whole, so that two ends run side by side do not mix)."""
    try:
        where = venv(name, interpreter, requirements, refresh)
    except SystemExit as failure:
        return False, f"== {name}: {failure}\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("VIRTUAL_ENV", None)
    command = [str(where / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    run = subprocess.run(
        [*command, *(pytest_args or LAYER_TESTS)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    return run.returncode == 0, f"== {name}: {versions(where)}\n{run.stdout}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--refresh", action="store_true", help="make the virtualenvs again")
    parser.add_argument("--only", choices=("lowest", "newest"))
    parser.add_argument(
        "--prepare", action="store_true", help="only make (or bring up to date) the virtualenvs"
    )
    args, pytest_args = parser.parse_known_args(argv)
    chosen = {name: end for name, end in ends(args.refresh).items() if args.only in (None, name)}
    if args.prepare:
        # (pip mostly waits on the registry: `make test` overlaps this with its type check)
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(chosen)) as pool:
            made = [pool.submit(venv, name, *end, args.refresh) for name, end in chosen.items()]
        for future in made:
            future.result()
        return 0
    # The two ends side by side: each is one single-threaded pytest (and, on a first run, a pip
    # install that mostly waits), so on two cores both take about the time of one.
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(chosen)) as pool:
        futures = {
            name: pool.submit(run_end, name, *end, args.refresh, pytest_args)
            for name, end in chosen.items()
        }
    failed = []
    for name, future in futures.items():
        passed, output = future.result()
        print(output, end="", flush=True)
        if not passed:
            failed.append(name)
    if failed:
        print(f"range ends failing: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
