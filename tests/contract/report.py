"""The aggregated contract report and the documented gaps it may excuse.

Gaps live in ``docs/contract.md`` as table rows under the heading ``## Documented gaps``:
``| `operation_id` | reason |``. Only response-parse failures can be excused; a request
violation or an operation that was never called always fails the suite.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .runner import PASSES, Outcome
from .spec import REPO_ROOT

GAPS_DOC = REPO_ROOT / "docs" / "contract.md"
REPORT_JSON = REPO_ROOT / ".cache" / "contract-report.json"
_GAP_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|\s*(.*?)\s*\|")


def documented_gaps(path: Path = GAPS_DOC) -> dict[str, str]:
    """operation_id -> reason, from the gaps table of docs/contract.md."""
    if not path.exists():
        return {}
    gaps: dict[str, str] = {}
    in_section = False
    for line in path.read_text().splitlines():
        if line.startswith("## "):
            in_section = line.strip().lower() == "## documented gaps"
            continue
        match = _GAP_ROW.match(line) if in_section else None
        if match:
            gaps[match.group(1)] = match.group(2)
    return gaps


@dataclass
class ContractReport:
    spec_name: str
    operations_total: int
    outcomes: list[Outcome]
    gaps: dict[str, str] = field(default_factory=dict)
    prism_version: str = ""
    prism_startup_s: float = 0.0
    run_s: float = 0.0
    identical_passes: int = 0

    def called_operations(self, pass_name: str | None = None) -> set[str]:
        return {
            o.operation.operation_id
            for o in self.outcomes
            if o.called and (pass_name is None or o.pass_name == pass_name)
        }

    @property
    def not_called(self) -> list[Outcome]:
        called = self.called_operations()
        seen: set[str] = set()
        out = []
        for o in self.outcomes:
            key = o.operation.operation_id
            if not o.called and key not in called and key not in seen:
                seen.add(key)
                out.append(o)
        return out

    @property
    def argument_failures(self) -> list[Outcome]:
        """Calls of an otherwise reachable operation that could not be built in one pass."""
        called = self.called_operations()
        return [o for o in self.outcomes if not o.called and o.operation.operation_id in called]

    @property
    def request_violations(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.request_violations]

    @property
    def parse_failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.parse_failure]

    @property
    def unexcused_parse_failures(self) -> list[Outcome]:
        return [o for o in self.parse_failures if o.operation.operation_id not in self.gaps]

    @property
    def response_violations(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.response_violations]

    @property
    def stale_gaps(self) -> list[str]:
        failing = {o.operation.operation_id for o in self.parse_failures}
        return sorted(set(self.gaps) - failing)

    @property
    def ok(self) -> bool:
        return not (
            self.not_called
            or self.argument_failures
            or self.request_violations
            or self.unexcused_parse_failures
        )

    def lines(self, limit: int = 25) -> list[str]:
        called_all = len(self.called_operations())
        per_pass = ", ".join(f"{p}: {len(self.called_operations(p))}" for p in PASSES)
        per_pass += f"; {self.identical_passes} have no optional input, so one pass"
        parse = self.parse_failures
        excused = len(parse) - len(self.unexcused_parse_failures)
        statuses = Counter(o.status for o in self.outcomes if o.called)
        out = [
            f"description: {self.spec_name}; Prism {self.prism_version} "
            f"ready in {self.prism_startup_s:.1f}s; calls took {self.run_s:.1f}s",
            f"operations called / in the description: {called_all} / {self.operations_total}"
            f" (per pass: {per_pass})",
            f"calls made: {sum(o.called for o in self.outcomes)} "
            f"(statuses: {dict(sorted(statuses.items(), key=lambda kv: kv[0] or 0))})",
            f"request violations: {len(self.request_violations)}",
            f"responses that failed to parse: {len(self.unexcused_parse_failures)}"
            f" (+{excused} documented gaps in docs/contract.md)",
            f"calls whose arguments could not be built: {len(self.argument_failures)}",
            f"Prism responses breaking their own schema (informational): "
            f"{len(self.response_violations)}",
        ]
        sections: list[tuple[str, list[Outcome], Callable[[Outcome], object]]] = [
            ("not called", self.not_called, lambda o: o.not_called),
            ("arguments not built", self.argument_failures, lambda o: o.not_called),
            (
                "request violations",
                self.request_violations,
                lambda o: "; ".join(o.request_violations),
            ),
            ("parse failures", self.unexcused_parse_failures, lambda o: o.parse_failure),
            (
                "response schema violations by Prism's sample",
                self.response_violations,
                lambda o: "; ".join(o.response_violations),
            ),
        ]
        for title, items, describe in sections:
            if not items:
                continue
            out.append(f"-- {title} ({len(items)}):")
            for o in items[:limit]:
                out.append(
                    f"   [{o.pass_name}/{o.expected_status}] {o.operation.label}: {describe(o)}"
                )
            if len(items) > limit:
                out.append(f"   ... {len(items) - limit} more in {REPORT_JSON}")
        excused_ids = sorted({o.operation.operation_id for o in parse} & set(self.gaps))
        if excused_ids:
            out.append(f"-- documented gaps hit ({len(excused_ids)}), see docs/contract.md:")
            out.extend(f"   {op}: {self.gaps[op][:100]}" for op in excused_ids[:limit])
        if self.stale_gaps:
            out.append(f"-- documented gaps that now pass (remove them): {self.stale_gaps}")
        return out

    def write_json(self, path: Path = REPORT_JSON) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = [
            {
                "operation_id": o.operation.operation_id,
                "method": o.operation.method,
                "path": o.operation.path,
                "pass": o.pass_name,
                "expected_status": o.expected_status,
                "status": o.status,
                "not_called": o.not_called,
                "request_violations": o.request_violations,
                "response_violations": o.response_violations,
                "parse_failure": o.parse_failure,
                "excused": o.operation.operation_id in self.gaps,
                "seconds": round(o.seconds, 4),
            }
            for o in self.outcomes
        ]
        summary = {"summary": self.lines(limit=0), "calls": rows}
        path.write_text(json.dumps(summary, indent=1))
