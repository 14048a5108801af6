"""Regeneration: wall time of the whole pipeline on the committed description, with baselines.

The pipeline (``python -m scripts.generate --output <tmp>/generated``: obtain, validate,
overlay, normalise, generate, format, verify) writes into a temporary directory, so the work
tree is left as it was. Baselines, timed in the same rounds: the generator alone
(``openapi-python-client generate`` on the same ``openapi.yaml`` with the project's
``generator-config.yaml``, but its default templates and none of the pipeline's other steps),
and the time to ``yaml.load`` the description (C loader).

Run it with the project's interpreter (``.venv/bin/python``), which has the generator.

    python -m bench.regeneration [--rounds 2]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import report

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
LIMIT_SECONDS = 60.0
PIPELINE = "pipeline: python -m scripts.generate --output"
GENERATOR = "openapi-python-client generate (alone)"
YAML_LOAD = "yaml.load(openapi.yaml), C loader"


def _commands(scratch: Path) -> dict[str, list[str]]:
    generator = Path(sys.executable).with_name("openapi-python-client")
    return {
        PIPELINE: [sys.executable, "-m", "scripts.generate", "--output", str(scratch / "ours")],
        GENERATOR: [
            str(generator),
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--output-path",
            str(scratch / "plain"),
            "--meta",
            "none",
            "--overwrite",
        ],
        YAML_LOAD: [
            sys.executable,
            "-c",
            "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)",
            str(SPEC),
        ],
    }


def _time(command: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
    return time.perf_counter() - started, result.returncode


def run(rounds: int) -> None:
    report.heading(f"4. Regeneration: wall time, median of {rounds} interleaved rounds")
    times: dict[str, list[float]] = {}
    codes: dict[str, set[int]] = {}
    with tempfile.TemporaryDirectory(prefix="ibl-bench-generate-") as tmp:
        commands = _commands(Path(tmp))
        for _ in range(rounds):
            for name, command in commands.items():
                seconds, code = _time(command)
                times.setdefault(name, []).append(seconds)
                codes.setdefault(name, set()).add(code)
    for name in (PIPELINE, GENERATOR):
        if codes[name] != {0}:
            raise RuntimeError(f"{name} failed (exit codes {sorted(codes[name])})")
    median = {name: report.median(values) for name, values in times.items()}
    rows = [
        [
            name,
            f"{median[name]:.1f} s",
            report.ratio(median[name], median[GENERATOR]),
            report.ratio(median[name], median[YAML_LOAD]),
            ", ".join(str(c) for c in sorted(codes[name])),
        ]
        for name in times
    ]
    print(report.table(["command", "wall", "÷ generator", "÷ yaml.load", "exit"], rows))
    pipeline, generator = median[PIPELINE], median[GENERATOR]
    print(
        f"The full pipeline takes {pipeline:.0f} s, {pipeline / generator:.1f} times as long as "
        f"the generator alone ({generator:.0f} s) and {pipeline / median[YAML_LOAD]:.0f} times "
        f"as long as reading the description; the target is under {LIMIT_SECONDS:.0f} s."
    )
    report.target(
        "regeneration, full pipeline",
        f"< {LIMIT_SECONDS:.0f} s",
        f"{pipeline:.1f} s ({report.ratio(pipeline, generator)} generator alone)",
        pipeline < LIMIT_SECONDS,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    run(args.rounds)


if __name__ == "__main__":
    main()
