"""``python -m bench`` (``make bench``): every benchmark, each against a same-run baseline.

Sets up ``.cache/bench-venv`` (the official client, the aiohttp extra, the profiler), starts
its own loopback server per benchmark, and prints each figure with its baseline and ratio, then
one table of targets met. The whole output is also written to ``.cache/bench/last-run.txt``.

    python -m bench                         # everything (about 7-9 minutes on 2 cores)
    python -m bench --only tree,imports     # some of: tree, imports, calls, throughput,
                                            #   instructions, regeneration, pagination,
                                            #   transfer, rate_gate
    python -m bench --quick                 # fewer rounds: a smoke test, not a result
    python -m bench --profile               # also print pyinstrument profiles of the calls
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from . import env, report

ROOT = env.ROOT
LOG = ROOT / ".cache" / "bench" / "last-run.txt"
PAGINATION = Path(__file__).with_name("pagination.py")
STEPS = (
    "tree",
    "imports",
    "calls",
    "throughput",
    "instructions",
    "regeneration",
    "pagination",
    "transfer",
    "rate_gate",
)


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}, "
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}"
    )


class _Output:
    """Prints to the terminal and to the run's log file at once."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("w", encoding="utf-8")

    def line(self, text: str = "") -> None:
        print(text, flush=True)
        self._file.write(text + "\n")
        self._file.flush()

    def close(self) -> None:
        self._file.close()


def _step(out: _Output, command: list[str], targets: list[dict[str, object]]) -> bool:
    """Run one benchmark module, echoing its output and collecting its target lines."""
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    for raw in process.stdout:
        text = raw.rstrip("\n")
        if text.startswith(report.TARGETS_PREFIX):
            targets.append(json.loads(text[len(report.TARGETS_PREFIX) :]))
        else:
            out.line(text)
    if process.wait() != 0:
        out.line(f"!! {' '.join(command[1:])} failed with exit code {process.returncode}")
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(STEPS), help="comma-separated steps")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (smoke test)")
    parser.add_argument("--profile", action="store_true", help="print pyinstrument profiles")
    args = parser.parse_args()
    steps = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(steps) - set(STEPS)
    if unknown:
        parser.error(f"unknown steps {sorted(unknown)}; choose from {', '.join(STEPS)}")

    started = time.perf_counter()
    python = str(env.ensure())
    out = _Output(LOG)
    out.line(
        f"ibl_client benchmarks, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC"
    )
    out.line(f"Machine: {machine()}")
    out.line(f"Command: {' '.join([Path(sys.executable).name, '-m', 'bench', *sys.argv[1:]])}")
    out.line(
        "Bytecode: compiled for ibl_client (compileall) and, by pip, for every installed package;"
        " 'no bytecode' imports are of a copy of ibl_client without it"
    )
    quick = args.quick
    profile = ["--profile"] if args.profile else []
    commands = {
        "tree": [sys.executable, "-m", "bench.tree"],
        "imports": [python, "-m", "bench.imports", f"--rounds={5 if quick else 9}"],
        "calls": [python, "-m", "bench.calls", f"--batches={7 if quick else 31}", *profile],
        "throughput": [
            python,
            "-m",
            "bench.throughput",
            # Seven rounds: a round's ratio moves by a tenth on two shared cores.
            f"--rounds={1 if quick else 7}",
            f"--seconds={0.5 if quick else 1.5}",
            *profile,
        ],
        # What the throughput ratio comes down to, counted rather than timed (needs valgrind).
        "instructions": [
            python,
            "-m",
            "bench.instructions",
            f"--requests={100 if quick else 300}",
            "--public-path",
        ],
        # The project's interpreter: it has the generator and the pipeline's tools.
        "regeneration": [
            sys.executable,
            "-m",
            "bench.regeneration",
            f"--rounds={1 if quick else 2}",
        ],
        "pagination": [sys.executable, "-m", "bench.pagination"],
        # 200 MB up and down on each client, memory against the body's size (issue 21).
        "transfer": [python, "-m", "bench.transfer", "--mb=200"],  # the ratio needs the size
        # 1,000 calls against a rate-limited server, with and without the rate gate (issue 22).
        "rate_gate": [python, "-m", "bench.rate_gate", f"--rounds={1 if quick else 2}"],
    }
    targets: list[dict[str, object]] = []
    failed = []
    for step in steps:
        if step == "pagination" and not PAGINATION.exists():
            out.line("\n== 5. Pagination of 100,000 items ==")
            out.line("bench/pagination.py is not there yet: skipped")
            continue
        if step == "pagination":
            out.line("\n== 5. Pagination of 100,000 items (bench/pagination.py) ==")
        if not _step(out, commands[step], targets):
            failed.append(step)

    out.line("\n== Targets ==")
    rows = [
        [t["figure"], t["goal"], t["measured"], "met" if t["met"] else "NOT MET"] for t in targets
    ]
    out.line(report.table(["figure", "target", "measured", "verdict"], rows))
    met = sum(1 for t in targets if t["met"])
    out.line(f"{met} of {len(targets)} targets met; run took {time.perf_counter() - started:.0f} s")
    if failed:
        out.line(f"Failed steps: {', '.join(failed)}")
    out.line(f"(this output is saved in {LOG.relative_to(ROOT)})")
    out.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
