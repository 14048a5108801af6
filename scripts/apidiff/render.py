"""Turning a ``Report`` into text: Markdown for people, JSON for machines, a CHANGELOG entry.

Markdown puts breaking changes first, grouped by tag (the SDK module a function lives in)
and then by operation, because a reader upgrading wants "what do I have to fix, and where";
rebuild artifacts come last, apart. The CHANGELOG entry is ``changelog``'s.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from ibl_client._apidiff.report import Change, Report
from scripts.apidiff.changelog import render_changelog_entry

__all__ = ["render_changelog_entry", "render_json", "render_markdown"]


def _grouped(changes: Iterable[Change]) -> dict[str, dict[str, list[Change]]]:
    """tag → operation → changes, tags sorted, operations in report order."""
    groups: dict[str, dict[str, list[Change]]] = {}
    for change in changes:
        groups.setdefault(change.tag, {}).setdefault(change.operation, []).append(change)
    return dict(sorted(groups.items()))


def _section(title: str, changes: tuple[Change, ...]) -> list[str]:
    """One ``##`` section: a ``###`` per tag, a bullet per operation, a sub-bullet per change."""
    lines = [f"## {title} ({len(changes)})", ""]
    if not changes:
        return [*lines, "None.", ""]
    for tag, operations in _grouped(changes).items():
        lines += [f"### {tag}", ""]
        for operation, items in operations.items():
            lines.append(f"- `{operation}`")
            lines += [f"  - {c.message}" for c in items]
        lines.append("")
    return lines


def render_markdown(report: Report) -> str:
    """The human report: title, summary line, breaking changes, then the rest."""
    lines = [
        f"# API changes {report.old_version} → {report.new_version}",
        "",
        f"**{report.summary_line()}**",
        "",
        *_section("Breaking changes", report.breaking),
        *_section("Non-breaking changes", report.non_breaking),
    ]
    if report.artifacts:
        lines += _section("Rebuild artifacts (not API changes)", report.artifacts)
    return "\n".join(lines).rstrip() + "\n"


def render_json(report: Report) -> str:
    """The machine report: ``{"summary": {...}, "changes": [{kind, breaking, ...}, ...]}``."""
    payload = {"summary": report.summary(), "changes": [c.as_json() for c in report.changes]}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
