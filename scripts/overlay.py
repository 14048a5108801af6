"""Step 3: apply the reviewed corrections in overlay.yaml (OpenAPI Overlay 1.0).

The rebuilt description cannot carry facts the official wheel lost (defaults, nullability);
the reference documentation states them. Each correction is an Overlay action: a JSONPath
`target`, and `update` (merged into every node it selects) or `remove: true`.

A correction is documented for some API versions, and may say so (syntax in overlay.yaml):

    x-documented-for: "3.59.0-ai-plus"   # the documentation version it comes from
    x-api-versions: ">=3.59,<4"          # the description versions it is known to hold for

The description's version is its `x-rebuilt-from.version`, else its `info.version`. Inside
`x-api-versions` (or everywhere, when an action has none) the action is applied as written,
and a target that selects nothing stops the run with the action, what the description has
there now, and the ways forward. Outside it the later description wins: the action is applied
only where the description states nothing different, and everything it does not apply is
returned as a `not applied to <version>: ...` line for the report, never silently dropped.

Supported JSONPath: `$`, `.name`, `['name']` / `["name"]`, `[index]`, `[*]`, and filters of
the form `[?(@.key == 'value')]` (also `[?@.key=='value']`), which is what overlay.yaml needs.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import PipelineError

STEP = "overlay"
NOT_APPLIED = "not applied"  # every line of OverlayResult.not_applied starts with this
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_TOKEN = re.compile(
    r"""
    \.(?P<name>[A-Za-z_][\w-]*)                                   # .name
  | \[\s*(?P<quote>['"])(?P<key>.*?)(?P=quote)\s*\]               # ['key']
  | \[\s*(?P<index>-?\d+)\s*\]                                     # [0]
  | \[\s*(?P<star>\*)\s*\]                                         # [*]
  | \[\s*\?\(?\s*@\.(?P<fkey>[\w-]+)\s*==\s*(?P<fq>['"])(?P<fval>.*?)(?P=fq)\s*\)?\s*\]
    """,
    re.VERBOSE,
)

Step = tuple[str, Any]
Location = tuple[Any, Any, tuple[Any, ...]]  # parent, key, concrete path from the root


# --- versions ---------------------------------------------------------------------------------

_VERSION = re.compile(r"\s*v?(?P<numbers>\d+(?:\.\d+)*)(?P<star>\.\*)?")
_CLAUSE = re.compile(r"\s*(?P<op>>=|<=|==|!=|>|<)?\s*(?P<version>[^\s,]+)\s*")


def _numbers(text: str) -> list[int]:
    match = _VERSION.match(text)
    if match is None or match["star"]:
        raise PipelineError(STEP, f"{text!r} is not a version (expected e.g. 3.59.0-ai-plus)")
    return [int(part) for part in match["numbers"].split(".")]


def parse_version(text: str) -> tuple[int, ...]:
    """The numeric part of a version, trailing zeros dropped: '3.59.0-ai-plus' -> (3, 59).

    Suffixes such as `-ai-plus` are ignored, and 3.59 == 3.59.0, so tuples compare as versions.
    """
    numbers = _numbers(text)
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


@dataclass(frozen=True)
class VersionRange:
    """`x-api-versions`: comma-separated clauses that must all hold, each `<op><version>` with
    op one of >=, >, <=, <, ==, != (none means ==); `==3.*` / `!=3.*` match a prefix."""

    text: str
    clauses: tuple[tuple[str, tuple[int, ...], bool], ...]  # (op, version, prefix match)

    @classmethod
    def parse(cls, text: str) -> VersionRange:
        clauses = []
        for part in text.split(","):
            match = _CLAUSE.fullmatch(part)
            if match is None:
                raise PipelineError(STEP, f"x-api-versions {text!r}: cannot read {part!r}")
            op, version = match["op"] or "==", match["version"]
            prefix = version.endswith(".*")
            if prefix and op not in ("==", "!="):
                raise PipelineError(STEP, f"x-api-versions {text!r}: {op} cannot take a '.*'")
            # A prefix keeps the zeros the author wrote: ==3.0.* is not ==3.*.
            numbers = tuple(_numbers(version[:-2])) if prefix else parse_version(version)
            clauses.append((op, numbers, prefix))
        return cls(text, tuple(clauses))

    def contains(self, version: str) -> bool:
        value = parse_version(version)
        return all(_holds(value, op, bound, prefix) for op, bound, prefix in self.clauses)


def _holds(value: tuple[int, ...], op: str, bound: tuple[int, ...], prefix: bool) -> bool:
    if prefix:
        padded = value + (0,) * max(0, len(bound) - len(value))
        same = padded[: len(bound)] == bound
        return same if op == "==" else not same
    return {
        ">=": value >= bound,
        ">": value > bound,
        "<=": value <= bound,
        "<": value < bound,
        "==": value == bound,
        "!=": value != bound,
    }[op]


def description_version(document: dict[str, Any]) -> str:
    """The API version a description is of: `x-rebuilt-from.version`, else `info.version`."""
    rebuilt = document.get("x-rebuilt-from")
    if isinstance(rebuilt, dict) and rebuilt.get("version") is not None:
        return str(rebuilt["version"])
    info = document.get("info")
    return str(info.get("version", "")) if isinstance(info, dict) else ""


# --- JSONPath ---------------------------------------------------------------------------------


def parse_path(target: str) -> list[Step]:
    """Split a JSONPath into (kind, argument) steps; unsupported syntax is an error."""
    if not target.startswith("$"):
        raise PipelineError(STEP, f"target {target!r} must start with '$'")
    steps: list[Step] = []
    position = 1
    while position < len(target):
        match = _TOKEN.match(target, position)
        if match is None:
            raise PipelineError(
                STEP, f"unsupported JSONPath at {target[position:]!r} in {target!r}"
            )
        if match["name"] is not None:
            steps.append(("key", match["name"]))
        elif match["quote"] is not None:
            steps.append(("key", match["key"]))
        elif match["index"] is not None:
            steps.append(("index", int(match["index"])))
        elif match["star"] is not None:
            steps.append(("all", None))
        else:
            steps.append(("filter", (match["fkey"], match["fval"])))
        position = match.end()
    return steps


def _step(locations: list[Location], kind: str, argument: Any) -> list[Location]:
    found: list[Location] = []
    for parent, key, where in locations:
        node = parent[key]
        if not isinstance(node, (dict, list)):
            continue  # a scalar has no children to select
        keys = list(node) if isinstance(node, dict) else range(len(node))
        if kind == "key" and isinstance(node, dict) and argument in node:
            found.append((node, argument, (*where, argument)))
        elif kind == "index" and isinstance(node, list) and -len(node) <= argument < len(node):
            found.append((node, argument % len(node), (*where, argument % len(node))))
        elif kind == "all":
            found.extend((node, k, (*where, k)) for k in keys)
        elif kind == "filter":
            name, value = argument
            found.extend(
                (node, k, (*where, k))
                for k in keys
                if isinstance(node[k], dict) and str(node[k].get(name)) == value
            )
    return found


def _walk(document: Any, target: str) -> tuple[list[Location], list[Location], Step | None]:
    """(selected, deepest non-empty ancestors, the step that selected nothing or None)."""
    locations: list[Location] = [({"$": document}, "$", ())]
    for kind, argument in parse_path(target):
        found = _step(locations, kind, argument)
        if not found:
            return [], locations, (kind, argument)
        locations = found
    return locations, locations, None


def _locate(document: Any, target: str) -> list[tuple[Any, Any]]:
    """(parent, key) pairs such that parent[key] is a node `target` selects, in document order."""
    return [(parent, key) for parent, key, _ in _walk(document, target)[0]]


def select(document: Any, target: str) -> list[Any]:
    """The nodes that `target` selects, in document order."""
    return [parent[key] for parent, key in _locate(document, target)]


# --- saying what the description has now ------------------------------------------------------


def label(where: tuple[Any, ...], document: Any = None) -> str:
    """A location for people: 'GET /a/ parameters[name=x].schema', 'components.schemas.X'.

    With the document, a list item that has a `name` is shown by it rather than its index.
    """
    parts = list(where)
    text = ""
    if len(parts) >= 3 and parts[0] == "paths" and parts[2] in HTTP_METHODS:
        text = f"{parts[2].upper()} {parts[1]} "
    node = document
    for number, part in enumerate(parts):
        child = node[part] if isinstance(node, (dict, list)) else None
        if text.endswith(" ") and number < 3 and parts[0] == "paths":
            node = child  # the operation is already named
            continue
        if isinstance(part, int):
            name = child.get("name") if isinstance(child, dict) else None
            text += f"[name={name}]" if isinstance(name, str) else f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][\w-]*", str(part)):
            text += part if not text or text.endswith(" ") else f".{part}"
        else:
            text += f"[{part!r}]"
        node = child
    return text.strip() or "the document root"


def _short(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, sort_keys=True, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _listing(names: list[str], limit: int = 25) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f", ... ({len(names) - limit} more)" if len(names) > limit else "")


def _closest(wanted: str, names: list[str]) -> str:
    close = difflib.get_close_matches(wanted, names, n=3, cutoff=0.5)
    return f"; closest: {', '.join(close)}" if close else ""


def _item_label(item: Any, field_name: str) -> str:
    if not isinstance(item, dict):
        return _short(item, 30)
    text = str(item.get(field_name, "?"))
    notes = [str(item["in"])] if "in" in item else []
    if item.get("required") is True:
        notes.append("required")
    return f"{text} ({', '.join(notes)})" if notes else text


def now_there(document: Any, target: str) -> str:
    """What the description has at the nearest existing ancestor of a target that is gone."""
    selected, ancestors, failed = _walk(document, target)
    if failed is None:
        return f"{target} selects {len(selected)} node(s)"
    parent, key, where = ancestors[0]
    node = parent[key]
    place = label(where, document)
    kind, argument = failed
    more = f" (and {len(ancestors) - 1} more like it)" if len(ancestors) > 1 else ""
    if not isinstance(node, (dict, list)):
        return f"{place}{more} is {_short(node)}, which has nothing below it"
    if kind == "key" and isinstance(node, dict):
        names = [str(k) for k in node]
        if where == ("paths",):
            return f"there is no path {argument}{_closest(argument, names)}"
        return (
            f"{place}{more} has no {argument!r}; it has: {_listing(names)}"
            f"{_closest(argument, names)}"
        )
    if kind == "filter" and isinstance(node, list):
        name, value = argument
        items = [_item_label(item, name) for item in node]
        values = [str(item.get(name)) for item in node if isinstance(item, dict)]
        what = "parameter" if where[-1:] == ("parameters",) else "item"
        owner = place.removesuffix("parameters").strip() if what == "parameter" else place
        return (
            f"{owner}{more} has no {what} with {name} {value!r}; it now has {what}s: "
            f"{_listing(items)}{_closest(value, values)}"
        )
    shape = "a mapping" if isinstance(node, dict) else f"a list of {len(node)} item(s)"
    step = {"key": f"[{argument!r}]", "index": f"[{argument}]", "all": "[*]"}.get(kind, "")
    return f"{place}{more} is {shape}, where {step or 'the filter'} selects nothing"


# --- applying ---------------------------------------------------------------------------------


@dataclass
class OverlayResult:
    """What the overlay did to one description, for the pipeline's report."""

    version: str
    applied: list[str] = field(default_factory=list)
    not_applied: list[str] = field(default_factory=list)  # each starts with NOT_APPLIED

    def lines(self) -> list[str]:
        return [*self.applied, *self.not_applied]


@dataclass(frozen=True)
class _Action:
    number: int
    target: str
    description: str
    documented_for: str | None
    versions: VersionRange | None
    remove: bool
    update: Any

    @property
    def name(self) -> str:
        return f"action {self.number} ({self.description!r})"

    def scope(self) -> str:
        parts = []
        if self.documented_for:
            parts.append(f"documented for {self.documented_for}")
        if self.versions:
            parts.append(f"x-api-versions {self.versions.text!r}")
        return ", ".join(parts) or "no x-api-versions, so every version"


def _read(number: int, action: Any) -> _Action:
    if not isinstance(action, dict):
        raise PipelineError(STEP, f"action {number} is not a mapping")
    target = action.get("target")
    if not isinstance(target, str):
        raise PipelineError(STEP, f"action {number} has no 'target'")
    extensions: dict[str, str] = {}
    for key in ("x-documented-for", "x-api-versions"):
        value = action.get(key)
        if value is not None and not isinstance(value, str):
            raise PipelineError(
                STEP, f"action {number}: {key} must be a quoted string, found {value!r}"
            )
        if value is not None:
            extensions[key] = value
    documented = extensions.get("x-documented-for")
    if documented is not None:
        parse_version(documented)
    versions = (
        VersionRange.parse(extensions["x-api-versions"]) if "x-api-versions" in extensions else None
    )
    if documented and versions and not versions.contains(documented):
        raise PipelineError(
            STEP,
            f"action {number}: x-documented-for {documented!r} is outside its own "
            f"x-api-versions {versions.text!r}",
        )
    update = action.get("update")
    if not action.get("remove") and not isinstance(update, dict):
        raise PipelineError(STEP, f"action {number} ({target}): update must be a mapping")
    return _Action(
        number=number,
        target=target,
        description=str(action.get("description", target)),
        documented_for=documented,
        versions=versions,
        remove=bool(action.get("remove")),
        update=update,
    )


def _merge(node: dict[str, Any], update: dict[str, Any]) -> None:
    """Overlay merge: mappings merge recursively, anything else replaces."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(node.get(key), dict):
            _merge(node[key], value)
        else:
            node[key] = value


def _merge_where_silent(
    node: dict[str, Any], update: dict[str, Any], where: tuple[Any, ...], document: Any
) -> tuple[int, int, list[str]]:
    """Merge only keys the node does not state; return (set, already equal, conflicts)."""
    added = same = 0
    conflicts: list[str] = []
    for key, value in update.items():
        if key not in node:
            node[key] = value
            added += 1
        elif isinstance(value, dict) and isinstance(node[key], dict):
            more, equal, clashes = _merge_where_silent(node[key], value, (*where, key), document)
            added, same = added + more, same + equal
            conflicts.extend(clashes)
        elif node[key] == value:
            same += 1
        else:
            conflicts.append(
                f"{label((*where, key), document)} is {_short(node[key])}, not {_short(value)}"
            )
    return added, same, conflicts


def _narrowed(action: _Action, version: str) -> str | None:
    """An x-api-versions that leaves out `version`, or None when that would be wrong or empty."""
    try:
        current = parse_version(version)
    except PipelineError:
        return None
    bare = ".".join(str(n) for n in _numbers(version))
    if action.documented_for is None:
        return f"<{bare}"
    documented = parse_version(action.documented_for)
    since = ".".join(str(n) for n in _numbers(action.documented_for))
    if current == documented:
        return None  # documented for this very version: the target itself is wrong
    return f">={since}" if current < documented else f">={since},<{bare}"


def _gone_error(action: _Action, document: dict[str, Any], version: str) -> PipelineError:
    narrowed = _narrowed(action, version)
    narrow = (
        f"  - narrow x-api-versions to the versions it was documented for (e.g. {narrowed!r}):\n"
        f"    on {version} it is then reported as not applied instead of stopping the run;\n"
        if narrowed
        else ""
    )
    return PipelineError(
        STEP,
        f"{action.name} selects nothing in the {version} description "
        f"({action.scope()}):\n"
        f"  target: {action.target}\n"
        f"  now: {now_there(document, action.target)}\n"
        "  ways forward:\n"
        "  - retarget the action where the fact now lives, if the documentation states it\n"
        "    for this version;\n"
        f"{narrow}"
        "  - remove the action if the description now states the fact itself;\n"
        "  - or generate without any corrections: --no-overlay.",
    )


def _apply_in_range(
    action: _Action, document: dict[str, Any], version: str, result: OverlayResult
) -> None:
    selected = _walk(document, action.target)[0]
    if not selected:
        raise _gone_error(action, document, version)
    if action.remove:
        for parent, key, _ in reversed(selected):  # from the end: list indices stay valid
            del parent[key]
    else:
        for parent, key, _ in selected:
            if not isinstance(parent[key], dict):
                raise PipelineError(
                    STEP,
                    f"action {action.number} ({action.target}): update must merge a mapping "
                    "into a mapping",
                )
            _merge(parent[key], action.update)
    result.applied.append(f"{action.description} ({len(selected)} node(s))")


def _apply_out_of_range(
    action: _Action, document: dict[str, Any], version: str, result: OverlayResult
) -> None:
    """The later description wins: apply only where it is silent, report the rest."""
    head = f"{NOT_APPLIED} to {version}: {action.description} (action {action.number}, "
    head += f"{action.scope()})"
    selected = _walk(document, action.target)[0]
    if not selected:
        result.not_applied.append(f"{head}; {now_there(document, action.target)}")
        return
    if action.remove:
        places = ", ".join(label(where, document) for _, _, where in selected[:3])
        result.not_applied.append(f"{head}; the description still has {places}")
        return
    added = same = 0
    conflicts: list[str] = []
    for parent, key, where in selected:
        if not isinstance(parent[key], dict):
            conflicts.append(f"{label(where, document)} is {_short(parent[key])}, not a mapping")
            continue
        more, equal, clashes = _merge_where_silent(parent[key], action.update, where, document)
        added, same = added + more, same + equal
        conflicts.extend(clashes)
    if added or same:
        note = "where the description is silent" if added else "the description states it too"
        result.applied.append(
            f"{action.description} ({len(selected)} node(s); {version} is outside its versions, "
            f"{action.scope()}: applied {note})"
        )
    if conflicts:
        result.not_applied.append(f"{head}; the description now states: {'; '.join(conflicts)}")


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> OverlayResult:
    """Apply every action of `overlay` in order; say what was applied and what was not."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise PipelineError(STEP, "the overlay must declare 'overlay: 1.0.0'")
    actions = [_read(n, a) for n, a in enumerate(overlay.get("actions") or [], start=1)]
    version = description_version(document)
    result = OverlayResult(version=version or "unversioned")
    for action in actions:
        if action.versions is None:
            _apply_in_range(action, document, result.version, result)
            continue
        try:
            inside = action.versions.contains(version)
        except PipelineError as error:
            raise PipelineError(
                STEP,
                f"{action.name} has x-api-versions, but the description's version "
                f"cannot be compared: {error.message}",
            ) from None
        if inside:
            _apply_in_range(action, document, version, result)
        else:
            _apply_out_of_range(action, document, version, result)
    return result


def apply(document: dict[str, Any], overlay: dict[str, Any]) -> list[str]:
    """Apply the overlay; one line per action (or part) applied, then the `not applied` lines."""
    return apply_overlay(document, overlay).lines()
