"""Import cost: wall time and peak RSS of a fresh interpreter importing the SDK, against baselines.

Each variant is a whole process (``python -c CODE``): its wall time from fork to exit, and its
peak resident set from ``wait4``'s own ``rusage`` (this child's, not the maximum over all
children). Rounds interleave the variants, so a noisy neighbour slows all of them alike, and
each figure is the median over rounds. All run in the bench venv's interpreter.

Two ways the SDK is met: installed, with bytecode (``bench.env.compile_sources`` compiles it as
pip compiled the baselines), and vendored into a container with ``PYTHONDONTWRITEBYTECODE=1``,
where every import compiles the source again. The "no bytecode" variants import a copy of
``ibl_client`` without ``__pycache__`` under that variable; the floor keeps its bytecode in
both (pip compiled the dependencies). The operation imported is the first of the largest tag
group (the group module with the most bytes, ``bench.tree``), so the figures follow the
description.

    python -m bench.imports [--rounds 11]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import attrs

from . import env, report, tree

FLOOR = "floor: httpx, attrs, sniffio"
OFFICIAL = "iblai (official client)"
ONE_OPERATION = "ibl_client: one operation module"
NO_BYTECODE = ", no bytecode"
MAX_RATIO_TO_FLOOR = 1.3
MAX_SHARE_OF_OFFICIAL = 0.05
MAX_RSS_MB = 40.0
# Importing one operation must not execute its tag's group (issue 13), with or without bytecode.
MAX_RSS_MB_ONE_OPERATION = 35.0


@attrs.frozen
class Variant:
    code: str
    bytecode: bool = True


def variants(tag: str, operation: str) -> dict[str, Variant]:
    module = f"ibl_client.generated.api.{tag}.{operation}"
    pascal = "".join(word.capitalize() for word in tag.split("_"))
    group = f"import ibl_client; ibl_client.AsyncClient(api_key='k').{tag}"
    return {
        "python -c pass": Variant("pass"),
        FLOOR: Variant("import httpx, attrs, sniffio"),
        ONE_OPERATION: Variant(f"import {module}"),
        ONE_OPERATION + NO_BYTECODE: Variant(f"import {module}", bytecode=False),
        # The group classes, wherever the tag package keeps them (it re-exports them).
        "ibl_client: package + one tag group": Variant(
            f"import ibl_client; from ibl_client.generated.api.{tag} import Async{pascal}Api"
        ),
        "ibl_client: AsyncClient() + one tag": Variant(group),
        "ibl_client: AsyncClient() + one tag" + NO_BYTECODE: Variant(group, bytecode=False),
        "reference: floor + httpx.AsyncClient()": Variant(
            "import httpx, attrs, sniffio; httpx.AsyncClient()"
        ),
        "iblai (official client)": Variant("import iblai"),
    }


# Each of ours against its baseline: imports against the floor; a constructed client against
# the floor plus constructing a raw httpx client (httpcore, h11 and anyio imported, one SSL
# context loaded with certifi's CA bundle), which any client pays, ours included.
# Without bytecode, the targets are the one operation's (issue 13); the group's row is shown
# for what touching the largest group costs there, compiling its module.
OURS = {
    ONE_OPERATION: FLOOR,
    ONE_OPERATION + NO_BYTECODE: FLOOR,
    "ibl_client: package + one tag group": FLOOR,
    "ibl_client: AsyncClient() + one tag": "reference: floor + httpx.AsyncClient()",
}


def _environment(variant: Variant) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "IBL_"))}
    environ["PYTHONNOUSERSITE"] = "1"
    if not variant.bytecode:
        environ["PYTHONDONTWRITEBYTECODE"] = "1"
    return environ


def _command(python: Path, variant: Variant, copy: Path) -> dict[str, Any]:
    """Popen arguments: the work tree (with bytecode), or a copy of the package without it."""
    return {
        "args": [str(python), "-c", variant.code],
        "cwd": env.ROOT if variant.bytecode else copy,
        "env": _environment(variant),
    }


def source_copy(into: Path) -> Path:
    """``ibl_client`` as a vendored copy is: sources only. Returns the folder to run in."""
    shutil.copytree(
        env.ROOT / "ibl_client", into / "ibl_client", ignore=shutil.ignore_patterns("__pycache__")
    )
    return into


def measure(python: Path, variant: Variant, copy: Path) -> tuple[float, float]:
    """One fresh process: (wall seconds, peak RSS in MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(**_command(python, variant, copy))
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{variant.code!r} exited with {process.returncode}")
    if not variant.bytecode and any(copy.rglob("__pycache__")):
        raise RuntimeError(f"{variant.code!r} wrote bytecode into the copy")
    return wall, usage.ru_maxrss / 1024


def module_count(python: Path, variant: Variant, copy: Path) -> int:
    command = _command(python, variant, copy)
    command["args"][-1] += "\nimport sys; print(len(sys.modules))"
    result = subprocess.run(**command, capture_output=True, text=True, check=True)
    return int(result.stdout.split()[-1])


def run(python: Path, rounds: int) -> None:
    tag = tree.largest_tag()
    operation = tree.one_operation(tag)
    cases = variants(tag, operation)
    report.heading(f"1. Import: fresh interpreter, median of {rounds} interleaved rounds")
    print(f"Largest tag group: {tag}; its operation imported: {operation}")
    walls: dict[str, list[float]] = {name: [] for name in cases}
    rss: dict[str, list[float]] = {name: [] for name in cases}
    with tempfile.TemporaryDirectory(prefix="ibl-bench-") as scratch:
        copy = source_copy(Path(scratch))
        for variant in cases.values():  # warm the page cache; not counted
            measure(python, variant, copy)
        for i in range(rounds):
            for name in report.rotating(list(cases), i):
                seconds, megabytes = measure(python, cases[name], copy)
                walls[name].append(seconds)
                rss[name].append(megabytes)
        modules = {name: module_count(python, variant, copy) for name, variant in cases.items()}
    wall = {name: report.median(values) for name, values in walls.items()}
    peak = {name: report.median(values) for name, values in rss.items()}
    rows = [
        [
            name,
            f"{wall[name] * 1000:.0f} ms",
            report.spread(walls[name]),
            f"{report.paired_ratio(walls[name], walls[FLOOR]):.2f}x",
            f"{report.paired_ratio(walls[name], walls[OFFICIAL]):.1%}",
            f"{peak[name]:.1f} MB",
            modules[name],
        ]
        for name in cases
    ]
    header = ["variant", "wall", "IQR", "÷ floor (paired)", "÷ iblai", "peak RSS", "modules"]
    print(report.table(header, rows))
    for name, baseline in OURS.items():
        # Each round's figure against the baseline measured in that round, then the median:
        # on a shared machine the speed drifts between rounds.
        paired = report.paired_ratio(walls[name], walls[baseline])
        report.target(
            f"import, {name}",
            f"≤ {MAX_RATIO_TO_FLOOR}x {'floor' if baseline == FLOOR else 'floor + httpx client'}",
            f"{paired:.2f}x",
            paired <= MAX_RATIO_TO_FLOOR,
        )
        if cases[name].bytecode:
            share = report.paired_ratio(walls[name], walls[OFFICIAL])
            report.target(
                f"import, {name}",
                f"≤ {MAX_SHARE_OF_OFFICIAL:.0%} of import iblai",
                f"{share:.1%}",
                share <= MAX_SHARE_OF_OFFICIAL,
            )
        limit = MAX_RSS_MB_ONE_OPERATION if name.startswith(ONE_OPERATION) else MAX_RSS_MB
        report.target(
            f"import, {name}",
            f"peak RSS ≤ {limit:.0f} MB",
            f"{peak[name]:.1f} MB",
            peak[name] <= limit,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    args = parser.parse_args()
    run(env.ensure(), args.rounds)


if __name__ == "__main__":
    main()
