"""The result of a diff: immutable ``Change`` records collected in a ``Report``.

A change's ``breaking`` flag and ``message`` are not chosen by the code that detects it; they
come from ``rules.RULES`` when the change is made with ``Change.of``, so the policy lives in
one place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from scripts.apidiff.rules import rule

__all__ = ["Change", "Report"]


@dataclass(frozen=True, slots=True)
class Change:
    """One classified difference between two API descriptions.

    ``operation`` is ``"METHOD /path/"`` (the new path when both exist); ``location`` is a
    dotted, JSON-pointer-like place inside it (``request.body.owner.name``,
    ``request.query.page``, ``response.200.body.results[].id``), empty for operation-level
    kinds. ``tag`` only groups the Markdown output.
    """

    kind: str
    breaking: bool
    operation: str
    location: str
    old: Any
    new: Any
    message: str
    tag: str = field(default="untagged", compare=False)

    @classmethod
    def of(
        cls,
        kind: str,
        operation: str,
        location: str = "",
        old: Any = None,
        new: Any = None,
        tag: str = "untagged",
    ) -> Change:
        """Classify and describe a detected change by looking its kind up in the rules."""
        policy = rule(kind)
        message = policy.template.format(where=location or operation, old=old, new=new)
        return cls(kind, policy.breaking, operation, location, old, new, message, tag)

    def as_json(self) -> dict[str, Any]:
        """The machine form: exactly the documented keys."""
        return {
            "kind": self.kind,
            "breaking": self.breaking,
            "operation": self.operation,
            "location": self.location,
            "old": self.old,
            "new": self.new,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """All changes between two descriptions, plus the versions they declared."""

    old_version: str
    new_version: str
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        """Breaking changes, in report order."""
        return tuple(c for c in self.changes if c.breaking)

    @property
    def non_breaking(self) -> tuple[Change, ...]:
        """Non-breaking changes, in report order."""
        return tuple(c for c in self.changes if not c.breaking)

    @property
    def has_breaking(self) -> bool:
        """Whether any change forces a major SDK release."""
        return any(c.breaking for c in self.changes)

    def summary(self) -> dict[str, Any]:
        """Counts for the summary line, the JSON output and the pipeline."""
        kinds = Counter(c.kind for c in self.changes)
        breaking = sum(1 for c in self.changes if c.breaking)
        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "total": len(self.changes),
            "breaking": breaking,
            "non_breaking": len(self.changes) - breaking,
            "operations_added": kinds["operation-added"],
            "operations_removed": kinds["operation-removed"],
            "by_kind": dict(sorted(kinds.items())),
        }

    def summary_line(self) -> str:
        """One line for terminals and the top of the Markdown report."""
        s = self.summary()
        return (
            f"API {s['old_version']} → {s['new_version']}: {s['total']} changes "
            f"({s['breaking']} breaking, {s['non_breaking']} non-breaking); "
            f"operations +{s['operations_added']} -{s['operations_removed']}"
        )
