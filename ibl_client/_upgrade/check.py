"""Which of a service's uses of the SDK a new description breaks or changes.

The API diff (``_apidiff.diff_specs``, the one the CHANGELOG comes from) runs from the SDK's
own description to the target; each change names its SDK method, groups, argument, model and
field. A use is then matched by name:

* a method or module-function use gets every change of its operation, found under the name
  the service wrote (the operation's old method name) or, when the operationId changed, the
  new one; a change of groups reaches only a method called through the group it leaves, a
  moved module only an import from the folder it leaves;
* a model use gets the changes of its class's own fields (once per change, however many
  operations use the model), and "model removed" when the target has no component of that
  name (the diff compares operations, so it has no such kind of its own).

Rebuild artifacts (differences made by rebuilding a description from a generated client) and
added operations are left out: no existing call can notice them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .._apidiff import sdk
from .._apidiff.diff import diff_specs
from .._apidiff.refs import Document
from .._apidiff.report import Change, Report
from .._apidiff.wording import FIELD_PHRASES, call_phrase, field_detail
from .scan import Use

__all__ = ["Finding", "findings", "render", "summary"]

_UNSEEN = {"operation-added", "operation-group-added"}
#: Change kinds that concern how the method is reached, not the call.
_BY_GROUP = "operation-group-removed"
_BY_MODULE = "operation-module-moved"


@dataclass(frozen=True)
class Finding:
    """A use of the SDK and one change the target makes to it."""

    use: Use
    breaking: bool
    kind: str
    text: str

    def line(self) -> str:
        mark = "BREAKING" if self.breaking else "changed "
        return f"{self.use.where}: {mark} {self.use.code}: {self.text}"


def _phrase(change: Change, use: Use) -> str:
    """The change in SDK words, for this use."""
    if change.kind == "operation-removed":
        return f"`{change.sdk.method}` removed ({change.operation} is gone)"
    if change.kind == "operation-id-changed":
        return f"method `{change.old}` renamed `{change.new}` (operationId changed)"
    if change.kind == _BY_GROUP:
        still = ", ".join(f"`ibl.{group}`" for group in change.sdk.groups)
        return f"no longer in `ibl.{change.old}`; the method is in {still}"
    if change.kind == _BY_MODULE:
        return f"module moved from generated/api/{change.old}/ to generated/api/{change.new}/"
    return call_phrase(change)


class _Index:
    """The report's changes by the method name the service knows (the SDK's own name for the
    operation: a change of an operation in both descriptions is named after the target's
    method, which differs when the operationId changed), and by model class."""

    def __init__(self, report: Report) -> None:
        self.by_method: dict[str, list[Change]] = {}
        self.by_model: dict[str, list[Change]] = {}
        self.added: dict[str, str] = {}
        own_names = {
            c.operation: str(c.old) for c in report.changes if c.kind == "operation-id-changed"
        }
        for change in report.changes:
            if change.kind == "operation-added":
                self.added[change.sdk.method] = change.operation
            if change.artifact or change.kind in _UNSEEN:
                continue
            own_name = change.sdk.method
            if change.kind != "operation-removed":
                own_name = own_names.get(change.operation, own_name)
            self.by_method.setdefault(own_name, []).append(change)
            if change.sdk.model is not None:
                self.by_model.setdefault(sdk.class_name(change.sdk.model), []).append(change)

    def of_operation(self, use: Use) -> list[Change]:
        return [c for c in self.by_method.get(use.name, []) if _reaches(c, use)]


def _model_findings(use: Use, changes: Iterable[Change]) -> list[Finding]:
    """One finding per kind of field change, naming each field once: a model's change is
    reported once for every operation and place that uses the model."""
    fields: dict[tuple[str, bool], list[str]] = {}
    for change in changes:
        fields.setdefault((change.kind, change.breaking), []).append(field_detail(change))
    found = []
    for (kind, breaking), details in fields.items():
        side = "request" if kind.startswith("request") else "response"
        listed = ", ".join(dict.fromkeys(details))
        found.append(
            Finding(use, breaking, kind, f"{side} {FIELD_PHRASES.get(kind, kind)}: {listed}")
        )
    return found


def _reaches(change: Change, use: Use) -> bool:
    """Whether a change concerns the way this use reaches the operation."""
    if change.kind == _BY_GROUP:
        return use.kind == "method" and use.group == change.old
    if change.kind == _BY_MODULE:
        return use.kind == "function" and use.group == change.old
    return True


def _component_classes(description: Document) -> set[str]:
    schemas = (description.get("components") or {}).get("schemas") or {}
    return {sdk.class_name(str(name)) for name in schemas}


def findings(
    uses: Sequence[Use],
    own: Document,
    target: Document,
    *,
    all_tags: bool,
    report: Report | None = None,
) -> list[Finding]:
    """Every change the target makes to the uses, breaking ones first within a use."""
    report = report or diff_specs(own, target, all_tags=all_tags)
    index = _Index(report)
    old_models, new_models = _component_classes(own), _component_classes(target)
    found: list[Finding] = []
    for use in sorted(uses):
        per_use: list[Finding] = []
        if use.kind == "model":
            if use.name in old_models and use.name not in new_models:
                per_use.append(Finding(use, True, "model-removed", f"model `{use.name}` removed"))
            per_use += _model_findings(use, index.by_model.get(use.name, []))
        else:
            for change in index.of_operation(use):
                text = _phrase(change, use)
                if change.kind == "operation-removed" and use.name in index.added:
                    moved = index.added[use.name]
                    text += f"; a new `{use.name}` calls {moved}: check its arguments"
                per_use.append(Finding(use, change.breaking, change.kind, text))
        found += sorted(dict.fromkeys(per_use), key=lambda f: not f.breaking)
    return found


def render(found: Iterable[Finding], *, breaking_only: bool = False) -> list[str]:
    """One line per finding (``file:line: BREAKING call: change``)."""
    return [f.line() for f in found if f.breaking or not breaking_only]


def summary(uses: Sequence[Use], found: Sequence[Finding], own: Document, target: Document) -> str:
    """The last line: versions, what was found, how much of it breaks."""
    operations = {u.name for u in uses if u.kind != "model"}
    models = {u.name for u in uses if u.kind == "model"}
    breaking = {f.use for f in found if f.breaking}
    changed = {f.use for f in found} - breaking
    return (
        f"API {_version(own)} → {_version(target)}: {len(uses)} uses of the SDK "
        f"({len(operations)} operation(s), {len(models)} model(s)) in "
        f"{len({u.file for u in uses})} file(s); {len(breaking)} break, "
        f"{len(changed)} more change"
    )


def _version(description: Document) -> str:
    return str((description.get("info") or {}).get("version", "?"))
