"""The result of a diff: immutable ``Change`` records collected in a ``Report``.

A change's ``breaking`` flag, ``category`` and ``message`` are not chosen by the code that
detects it; they come from ``rules.RULES`` when the change is made with ``Change.of``, so the
policy lives in one place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .rules import API, REBUILD_ARTIFACT, rule

__all__ = ["Change", "Report", "SdkName"]


@dataclass(frozen=True, slots=True)
class SdkName:
    """Where a change lands in the generated SDK.

    ``groups`` are the client attributes the operation's method is reached through
    (``ibl.<group>.<method>``); ``argument`` the Python argument a parameter change concerns
    (``old_argument`` for a renamed one); ``model``/``field`` the component (the model class)
    whose own schema holds a body change, and the field path inside it.
    """

    groups: tuple[str, ...] = ()
    method: str = ""
    argument: str | None = None
    old_argument: str | None = None
    model: str | None = None
    field: str | None = None

    def as_json(self) -> dict[str, Any]:
        """Only what is set, so the JSON stays readable."""
        full = {
            "groups": list(self.groups),
            "method": self.method,
            "argument": self.argument,
            "old_argument": self.old_argument,
            "model": self.model,
            "field": self.field,
        }
        return {k: v for k, v in full.items() if v not in (None, "", [])}


@dataclass(frozen=True, slots=True)
class Change:
    """One classified difference between two API descriptions.

    ``operation`` is ``"METHOD /path/"`` (the new path when both exist); ``location`` is a
    dotted, JSON-pointer-like place inside it (``request.body.owner.name``,
    ``request.query.page``, ``response.200.body.results[].id``), empty for operation-level
    kinds. ``tag`` (the first tag) groups the Markdown output; ``sdk`` names the change the
    way the generated SDK does, for the CHANGELOG.
    """

    kind: str
    breaking: bool
    operation: str
    location: str
    old: Any
    new: Any
    message: str
    tag: str = field(default="untagged", compare=False)
    category: str = API
    sdk: SdkName = field(default_factory=SdkName, compare=False)

    @classmethod
    def of(
        cls,
        kind: str,
        operation: str,
        location: str = "",
        old: Any = None,
        new: Any = None,
        tag: str = "untagged",
        sdk: SdkName | None = None,
    ) -> Change:
        """Classify and describe a detected change by looking its kind up in the rules."""
        policy = rule(kind)
        message = policy.template.format(where=location or operation, old=old, new=new)
        return cls(
            kind,
            policy.breaking,
            operation,
            location,
            old,
            new,
            message,
            tag,
            policy.category,
            sdk or SdkName(),
        )

    @property
    def artifact(self) -> bool:
        """A difference made by rebuilding a description, not by the API."""
        return self.category == REBUILD_ARTIFACT

    def as_json(self) -> dict[str, Any]:
        """The machine form: exactly the documented keys."""
        return {
            "kind": self.kind,
            "category": self.category,
            "breaking": self.breaking,
            "operation": self.operation,
            "location": self.location,
            "old": self.old,
            "new": self.new,
            "message": self.message,
            "sdk": self.sdk.as_json(),
        }


@dataclass(frozen=True, slots=True)
class Report:
    """All changes between two descriptions, plus the versions they declared.

    ``renamed`` lists operations matched across a path-parameter rename, as
    ``(old label, new label)``; ``tags_added``/``tags_removed`` the tags only one description
    uses, and ``groups_added``/``groups_removed`` the SDK groups only one SDK has.
    """

    old_version: str
    new_version: str
    changes: tuple[Change, ...]
    renamed: tuple[tuple[str, str], ...] = ()
    tags_added: tuple[str, ...] = ()
    tags_removed: tuple[str, ...] = ()
    groups_added: tuple[str, ...] = ()
    groups_removed: tuple[str, ...] = ()

    @property
    def breaking(self) -> tuple[Change, ...]:
        """Breaking changes, in report order."""
        return tuple(c for c in self.changes if c.breaking)

    @property
    def non_breaking(self) -> tuple[Change, ...]:
        """Non-breaking API changes (rebuild artifacts excluded), in report order."""
        return tuple(c for c in self.changes if not c.breaking and not c.artifact)

    @property
    def artifacts(self) -> tuple[Change, ...]:
        """Differences that come from how a description was rebuilt, in report order."""
        return tuple(c for c in self.changes if c.artifact)

    @property
    def has_breaking(self) -> bool:
        """Whether any change forces a major SDK release."""
        return any(c.breaking for c in self.changes)

    def summary(self) -> dict[str, Any]:
        """Counts for the summary line, the JSON output and the pipeline.

        ``total`` counts every change, rebuild artifacts included; ``breaking`` +
        ``non_breaking`` are the API changes, ``rebuild_artifacts`` the rest.
        ``operations_changed`` counts operations in both versions with an API change.
        """
        kinds = Counter(c.kind for c in self.changes)
        breaking = sum(1 for c in self.changes if c.breaking)
        artifacts = sum(1 for c in self.changes if c.artifact)
        edges = {"operation-added", "operation-removed"}
        changed = {c.operation for c in self.changes if not c.artifact and c.kind not in edges}
        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "total": len(self.changes),
            "breaking": breaking,
            "non_breaking": len(self.changes) - breaking - artifacts,
            "rebuild_artifacts": artifacts,
            "operations_added": kinds["operation-added"],
            "operations_removed": kinds["operation-removed"],
            "operations_renamed": len(self.renamed),
            "operations_changed": len(changed),
            "tags_added": list(self.tags_added),
            "tags_removed": list(self.tags_removed),
            "groups_added": list(self.groups_added),
            "groups_removed": list(self.groups_removed),
            "by_kind": dict(sorted(kinds.items())),
        }

    def summary_line(self) -> str:
        """One line for terminals and the top of the Markdown report."""
        s = self.summary()
        artifacts = f", {s['rebuild_artifacts']} rebuild artifacts" * bool(s["rebuild_artifacts"])
        renamed = f" ~{s['operations_renamed']} renamed" * bool(s["operations_renamed"])
        return (
            f"API {s['old_version']} → {s['new_version']}: {s['total']} changes "
            f"({s['breaking']} breaking, {s['non_breaking']} non-breaking{artifacts}); "
            f"operations +{s['operations_added']} -{s['operations_removed']}{renamed}, "
            f"{s['operations_changed']} changed"
        )
