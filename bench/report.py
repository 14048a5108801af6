"""How every benchmark reports: medians, ratios to a same-run baseline, and target verdicts.

A benchmark module prints its table for people, then one ``TARGETS <json>`` line per target that
``python -m bench`` collects into the closing summary.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Sequence
from typing import Any

TARGETS_PREFIX = "TARGETS "


def rotating(names: list[str], round_number: int) -> list[str]:
    """The variants in the order of this round: each round starts one further along, so
    neither a busy neighbour nor a warm cache favours one variant."""
    shift = round_number % len(names)
    return names[shift:] + names[:shift]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> str:
    """The interquartile range as a share of the median, to show how noisy a figure was."""
    if len(values) < 4:
        return "n/a"
    q1, _, q3 = statistics.quantiles(values, n=4)
    return f"±{(q3 - q1) / 2 / statistics.median(values):.0%}"


def paired_ratio(values: Sequence[float], baselines: Sequence[float]) -> float:
    """The median of per-round ratios: each run against the baseline run next to it in time.

    On a shared machine the speed drifts from minute to minute; pairing cancels the drift that
    a ratio of two medians would keep.
    """
    return statistics.median(v / b for v, b in zip(values, baselines, strict=True))


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.2f}x"


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(c) for c in header], *([str(c) for c in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def target(figure: str, goal: str, measured: str, met: bool) -> None:
    """Print one target's verdict, in the line format ``python -m bench`` collects."""
    record = {"figure": figure, "goal": goal, "measured": measured, "met": met}
    print(TARGETS_PREFIX + json.dumps(record, ensure_ascii=False), flush=True)


def heading(text: str) -> None:
    print(f"\n== {text} ==", flush=True)
    sys.stdout.flush()


def flat_profile(profiler: Any, lines: int = 25) -> str:
    """A pyinstrument profile as its functions with the most self time, library frames shown."""
    from pyinstrument.renderers import ConsoleRenderer

    renderer = ConsoleRenderer(flat=True, show_all=True, time="percent_of_total")
    text = profiler.output(renderer)
    return "\n".join(text.splitlines()[: lines + 6])
