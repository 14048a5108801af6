"""Import cost: wall time and peak RSS of a fresh interpreter importing the SDK, against baselines.

Each variant is a whole process (``python -c CODE``): its wall time from fork to exit, and its
peak resident set from ``wait4``'s own ``rusage`` (this child's, not the maximum over all
children). Rounds interleave the variants, so a noisy neighbour slows all of them alike, and
each figure is the median over rounds. All run in the bench venv's interpreter, with bytecode
compiled for the SDK (``bench.env.compile_sources``) as pip compiled it for the baselines.

    python -m bench.imports [--rounds 11]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from pathlib import Path

from . import env, report

OPERATION = "ibl_client.generated.api.ai_analytics.analytics_time_spent_user_retrieve"
VARIANTS: dict[str, str] = {
    "python -c pass": "pass",
    "floor: httpx, attrs, dateutil": "import httpx, attrs, dateutil",
    "ibl_client: one operation module": f"import {OPERATION}",
    "ibl_client: package + one tag group": (
        "import ibl_client, ibl_client.generated.api.ai_analytics"
    ),
    "ibl_client: AsyncClient() + one tag": (
        "import ibl_client; ibl_client.AsyncClient(api_key='k').ai_analytics"
    ),
    "reference: floor + httpx.AsyncClient()": "import httpx, attrs, dateutil; httpx.AsyncClient()",
    "iblai (official client)": "import iblai",
}
FLOOR = "floor: httpx, attrs, dateutil"
OFFICIAL = "iblai (official client)"
# Each of ours against its baseline: imports against the floor; a constructed client against
# the floor plus constructing a raw httpx client (httpcore, h11 and anyio imported, one SSL
# context loaded with certifi's CA bundle), which any client pays, ours included.
OURS = {
    "ibl_client: one operation module": FLOOR,
    "ibl_client: package + one tag group": FLOOR,
    "ibl_client: AsyncClient() + one tag": "reference: floor + httpx.AsyncClient()",
}
MAX_RATIO_TO_FLOOR = 1.3
MAX_SHARE_OF_OFFICIAL = 0.05
MAX_RSS_MB = 40.0


def _environment() -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "IBL_"))}
    environ["PYTHONNOUSERSITE"] = "1"
    return environ


def measure(python: Path, code: str) -> tuple[float, float]:
    """One fresh process: (wall seconds, peak RSS in MB)."""
    started = time.perf_counter()
    process = subprocess.Popen([str(python), "-c", code], cwd=env.ROOT, env=_environment())
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{code!r} exited with {process.returncode}")
    return wall, usage.ru_maxrss / 1024


def module_count(python: Path, code: str) -> int:
    result = subprocess.run(
        [str(python), "-c", f"{code}\nimport sys; print(len(sys.modules))"],
        cwd=env.ROOT,
        env=_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    return int(result.stdout.split()[-1])


def run(python: Path, rounds: int) -> None:
    report.heading(f"1. Import: fresh interpreter, median of {rounds} interleaved rounds")
    walls: dict[str, list[float]] = {name: [] for name in VARIANTS}
    rss: dict[str, list[float]] = {name: [] for name in VARIANTS}
    for code in VARIANTS.values():  # warm the page cache; not counted
        measure(python, code)
    for i in range(rounds):
        names = list(VARIANTS)
        names = names[i % len(names) :] + names[: i % len(names)]  # rotate the order
        for name in names:
            wall, peak = measure(python, VARIANTS[name])
            walls[name].append(wall)
            rss[name].append(peak)
    wall = {name: report.median(values) for name, values in walls.items()}
    peak = {name: report.median(values) for name, values in rss.items()}
    rows = [
        [
            name,
            f"{wall[name] * 1000:.0f} ms",
            report.spread(walls[name]),
            report.ratio(wall[name], wall[FLOOR]),
            f"{wall[name] / wall[OFFICIAL]:.1%}",
            f"{peak[name]:.1f} MB",
            module_count(python, code),
        ]
        for name, code in VARIANTS.items()
    ]
    header = ["variant", "wall", "IQR", "÷ floor", "÷ iblai", "peak RSS", "modules"]
    print(report.table(header, rows))
    for name, baseline in OURS.items():
        report.target(
            f"import, {name}",
            f"≤ {MAX_RATIO_TO_FLOOR}x {'floor' if baseline == FLOOR else 'floor + httpx client'}",
            report.ratio(wall[name], wall[baseline]),
            wall[name] <= MAX_RATIO_TO_FLOOR * wall[baseline],
        )
        report.target(
            f"import, {name}",
            f"≤ {MAX_SHARE_OF_OFFICIAL:.0%} of import iblai",
            f"{wall[name] / wall[OFFICIAL]:.1%}",
            wall[name] <= MAX_SHARE_OF_OFFICIAL * wall[OFFICIAL],
        )
        report.target(
            f"import, {name}",
            f"peak RSS ≤ {MAX_RSS_MB:.0f} MB",
            f"{peak[name]:.1f} MB",
            peak[name] <= MAX_RSS_MB,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    args = parser.parse_args()
    run(env.ensure(), args.rounds)


if __name__ == "__main__":
    main()
