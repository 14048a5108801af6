"""The CHANGELOG entry: a short, SDK-worded account of one regeneration.

A diff of two large descriptions has thousands of changes (3.66.0 → 4.202.2: about 3,000),
most of them one model change repeated for every operation that uses the model. The entry is
written for someone upgrading the SDK, so it names what they call, not where the description
says it:

1. a summary: counts, new and removed SDK groups and tags, where the full detail is;
2. one section per SDK group (``ibl.<group>``): methods added, removed, renamed, moved, then
   one line per method whose call changes in a breaking way (Python argument names), then
   the non-breaking method changes grouped by what they are;
3. one line per model class whose fields changed, breaking changes first, with the methods
   using it.

Long lists are cut (``a, b, … and 12 more``) except where the reader must act: removed
methods and breaking changes are always listed in full. Every change is in the JSON file
written next to the CHANGELOG (``release.py``); rebuild artifacts are only counted here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ibl_client._apidiff.report import Change, Report
from ibl_client._apidiff.wording import FIELD_PHRASES, call_phrase, field_detail

__all__ = ["render_changelog_entry"]

#: How many names a non-breaking list shows before "… and N more".
SHOWN = 8


def _names(items: Iterable[str], limit: int | None = SHOWN) -> str:
    """```a`, `b`, … and 3 more`` (all of them when ``limit`` is None)."""
    unique = list(dict.fromkeys(items))
    shown = unique if limit is None else unique[:limit]
    text = ", ".join(f"`{n}`" for n in shown)
    return text + (f" and {len(unique) - len(shown)} more" if len(unique) > len(shown) else "")


# --------------------------------------------------------------------------- grouping


@dataclass
class _Group:
    """What one ``ibl.<group>`` section says; methods map to their operation."""

    added: dict[str, str] = field(default_factory=dict)
    removed: dict[str, str] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)  # old method → new method
    moved_in: list[str] = field(default_factory=list)
    moved_out: list[str] = field(default_factory=list)
    module_moved: list[str] = field(default_factory=list)  # "method → new folder"
    breaking: dict[str, list[str]] = field(default_factory=dict)
    other: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # kind → method → args

    def __bool__(self) -> bool:
        lists = (self.added, self.removed, self.renamed, self.moved_in, self.moved_out)
        return any(lists) or any((self.module_moved, self.breaking, self.other))


@dataclass
class _Model:
    breaking: dict[str, list[Change]] = field(default_factory=dict)
    other: dict[str, list[Change]] = field(default_factory=dict)
    users: list[str] = field(default_factory=list)


#: Kinds listed in one group: the one left, joined, or whose module folder is left.
_ONE_GROUP = {
    "operation-group-removed": "moved_out",
    "operation-group-added": "moved_in",
    "operation-module-moved": "module_moved",
}

#: Kinds only counted in the summary: no SDK user can notice them.
_SUMMARY_ONLY = {"request-media-type-added"}

_OTHER_HEADINGS = {
    "parameter-added": "new optional arguments",
    "parameter-made-optional": "arguments now optional",
    "parameter-enum-value-added": "arguments accepting new values",
    "request-body-added": "new optional `body`",
    "request-body-made-optional": "`body` now optional",
    "response-status-added": "statuses now parsed",
    "response-media-type-added": "responses offered in more media types",
    "security-removed": "no longer require authentication",
    "security-alternative-added": "accept more credentials",
    "operation-deprecated": "deprecated",
}


def _collect(report: Report) -> tuple[dict[str, _Group], dict[str, _Model]]:
    """Sort API changes into SDK groups (every group the method is in) and models."""
    groups: dict[str, _Group] = {}
    models: dict[str, _Model] = {}
    for change in report.changes:
        if change.artifact or change.kind in _SUMMARY_ONLY:
            continue
        sdk = change.sdk
        method = sdk.method
        if change.kind in _ONE_GROUP:  # said in the group it concerns only
            group = groups.setdefault(str(change.old or change.new), _Group())
            getattr(group, _ONE_GROUP[change.kind]).append(
                method if change.kind != "operation-module-moved" else f"{method} → {change.new}"
            )
            continue
        for name in sdk.groups:
            group = groups.setdefault(name, _Group())
            if change.kind == "operation-added":
                group.added[method] = change.operation
            elif change.kind == "operation-removed":
                group.removed[method] = change.operation
            elif change.kind == "operation-id-changed":
                group.renamed[str(change.old)] = method
            elif sdk.model is not None:
                model = models.setdefault(sdk.model, _Model())
                bucket = model.breaking if change.breaking else model.other
                bucket.setdefault(change.kind, []).append(change)
                model.users.append(f"ibl.{name}.{method}")
            elif change.breaking:
                group.breaking.setdefault(method, []).append(call_phrase(change))
            else:
                arguments = group.other.setdefault(change.kind, {}).setdefault(method, [])
                if sdk.argument:
                    arguments.append(sdk.argument)
    return dict(sorted(groups.items())), dict(sorted(models.items()))


#: From this many methods on, methods with the very same breaking changes share one line.
_ALIKE = 3


def _count(items: Iterable[str], noun: str) -> str:
    """``1 method``, ``3 methods`` (distinct items)."""
    n = len(set(items))
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _group_lines(name: str, group: _Group) -> list[str]:
    """One group: what breaks first (removed, renamed, moved, changed calls), then the rest.

    A method name that a removed or renamed method leaves behind and an added operation
    takes is said so: old code calling it still runs, against another endpoint.
    """
    lines = [f"### `ibl.{name}`", ""]
    reused = {m: group.added[m] for m in [*group.removed, *group.renamed] if m in group.added}
    gone = [m for m in group.removed if m not in reused]
    if gone:
        lines.append(f"- **{_count(gone, 'method')} removed**: {_names(gone, None)}")
    renamed = [f"`{old}` → `{new}`" for old, new in group.renamed.items()]
    if renamed:
        lines.append(f"- **{_count(renamed, 'method')} renamed**: {', '.join(renamed)}")
    for method, operation in reused.items():
        if method in group.removed:
            was = f"`{group.removed[method]}`, was removed"
        else:
            was = f"is now `{group.renamed[method]}`"
        lines.append(
            f"- **`{method}` now calls another operation**, `{operation}` (its former one {was})"
        )
    if group.moved_out:
        moved = _names(group.moved_out, None)
        lines.append(f"- **{_count(group.moved_out, 'method')} moved out** of this group: {moved}")
    if group.module_moved:
        moved = ", ".join(f"`{m}`" for m in dict.fromkeys(group.module_moved))
        lines.append(
            f"- **{_count(group.module_moved, 'module')} moved** to another "
            f"`generated/api/` folder (a new first tag): {moved}"
        )
    alike: dict[str, list[str]] = {}  # the same breaking changes, by the methods having them
    for method, phrases in sorted(group.breaking.items()):
        alike.setdefault("; ".join(dict.fromkeys(phrases)), []).append(method)
    for text, methods in alike.items():
        if len(methods) < _ALIKE:
            lines += [f"- **`{method}`**: {text}" for method in methods]
        else:
            lines.append(f"- **{_count(methods, 'method')}**: {text}: {_names(methods, None)}")
    added = [m for m in group.added if m not in reused]
    if added:
        lines.append(f"- {_count(added, 'method')} added: {_names(added)}")
    if group.moved_in:
        lines.append(f"- {_count(group.moved_in, 'method')} moved in: {_names(group.moved_in)}")
    for kind, calls in sorted(group.other.items()):
        heading = _OTHER_HEADINGS.get(kind, kind)
        items = [
            f"{m}({', '.join(dict.fromkeys(args))})" if args else m for m, args in calls.items()
        ]
        lines.append(f"- {heading}: {_names(items)}")
    return [*lines, ""]


def _model_lines(name: str, model: _Model) -> list[str]:
    def parts(buckets: dict[str, list[Change]], limit: int | None) -> list[str]:
        by_heading: dict[str, list[str]] = {}
        for kind, changes in buckets.items():
            heading = FIELD_PHRASES.get(kind, kind)
            by_heading.setdefault(heading, []).extend(field_detail(c) for c in changes)
        return [f"{h}: {_names(d, limit)}" for h, d in by_heading.items()]

    text = f"- `{name}`"
    if model.breaking:
        text += " — **breaking**: " + "; ".join(parts(model.breaking, None))
    if model.other:
        text += (" — other: " if model.breaking else ": ") + "; ".join(parts(model.other, SHOWN))
    users = list(dict.fromkeys(model.users))
    return [f"{text} (used by {_names(users, 3)})"]


def _summary_lines(report: Report, details: str | None) -> list[str]:
    s = report.summary()
    artifacts = report.artifacts
    lines = [
        f"- **Operations**: {s['operations_added']} added, {s['operations_removed']} removed, "
        f"{s['operations_changed']} changed ({s['operations_renamed']} of them through a "
        "renamed path parameter).",
        f"- **Changes**: {s['breaking']} breaking, {s['non_breaking']} non-breaking"
        + (f"; {s['rebuild_artifacts']} rebuild artifacts." if artifacts else "."),
    ]
    groups_added, groups_removed = s["groups_added"], s["groups_removed"]
    if groups_added or groups_removed:
        lines.append(
            f"- **SDK groups**: {len(groups_added)} new ("
            + (_names((f"ibl.{g}" for g in groups_added), None) or "none")
            + f"), {len(groups_removed)} removed ("
            + (_names((f"ibl.{g}" for g in groups_removed), None) or "none")
            + ")."
        )
    if s["tags_added"] or s["tags_removed"]:
        lines.append(
            f"- **Tags**: {len(s['tags_added'])} new ({_names(s['tags_added'], None) or 'none'}), "
            f"{len(s['tags_removed'])} removed ({_names(s['tags_removed'], None) or 'none'})."
            + _tag_note(report)
        )
    if artifacts:
        lines.append(
            f"- **Rebuild artifacts** ({len(artifacts)}): differences between the two rebuilt "
            f"descriptions, not API changes: {_artifact_summary(artifacts)}. Where the generator "
            "maps a format to its own Python type (`uuid` → `UUID`, `date-time` → `datetime`, "
            "`date` → `date`, `binary` → `File`), the SDK type changes all the same."
        )
    quiet = [c for c in report.changes if c.kind in _SUMMARY_ONLY]
    if quiet:
        operations = _count((c.operation for c in quiet), "operation")
        lines.append(
            f"- **Request media types** added to {operations}"
            f" ({_artifact_summary(quiet, new_only=True)}): the SDK sends one (JSON, or multipart "
            "for files), so it is unaffected."
        )
    if details:
        lines.append(
            f"- **Full detail**, every change and where it is in the description: `{details}`."
        )
    return lines


def _tag_note(report: Report) -> str:
    """Tags that give no SDK group (an operation's second tag, without generate_all_tags)."""
    hidden = [t for t in report.tags_added if _snake(t) not in report.groups_added]
    if not hidden:
        return ""
    return f" Not an SDK group (never a first tag): {_names(hidden, None)}."


def _snake(tag: str) -> str:
    from ibl_client._apidiff.sdk import python_identifier

    return python_identifier(tag)


def _artifact_summary(artifacts: Sequence[Change], new_only: bool = False) -> str:
    """The commonest ``old → new`` pairs with their counts."""
    counts: dict[str, int] = {}
    for change in artifacts:
        key = f"`{change.new}`" if new_only else f"`{change.old}` → `{change.new}`"
        counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    shown = [f"{key} ({n})" for key, n in ranked[:4]]
    more = len(ranked) - len(shown)
    return ", ".join(shown) + (f" and {more} other kinds" if more > 0 else "")


def render_changelog_entry(
    report: Report, sdk_version: str, api_version: str, details: str | None = None
) -> str:
    """A CHANGELOG section for one SDK release, naming the API version it was generated from.

    The SDK version is its own semver (see ``versioning``); the API version is recorded next
    to it, never folded into it. ``details`` names the file holding every change.
    """
    s = report.summary()
    groups, models = _collect(report)
    lines = [
        f"## {sdk_version} — API {api_version}",
        "",
        f"Generated from ibl-data-manager API {api_version} (previously {report.old_version}): "
        f"{s['breaking']} breaking, {s['non_breaking']} non-breaking changes.",
        "",
        *_summary_lines(report, details),
        "",
    ]
    for name, group in groups.items():
        if group:
            lines += _group_lines(name, group)
    if models:
        lines += ["### Models", ""]
        for name, model in models.items():
            lines += _model_lines(name, model)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
