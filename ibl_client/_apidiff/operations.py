"""Finding operations in a document and matching them across two documents.

An operation is identified by its HTTP method and its exact path, parameter names included:
``/users/{user_id}/`` and ``/users/{username}/`` are two operations (4.202.2 has 34 such
pairs), never merged.

A path whose only change is the name of a path parameter is still recognised as the same
operation (``match_operations``): an operation left unmatched in the old document is paired
with an unmatched new operation of the same method and path *shape* (parameter names blanked)
when that pairing is one-to-one. When a shape has several unmatched new candidates, the one
keeping the most parameter names in place wins if it is the only best one (``{org}/users/
{user_id}`` → ``{platform_key}/users/{user_id}``, not ``{platform_key}/users/{username}``);
otherwise nothing is paired and the operations count as removed and added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import sdk
from .refs import Document
from .schemas import Finding

__all__ = [
    "Matching",
    "Operation",
    "compare_identity",
    "index_operations",
    "match_operations",
    "path_parameters",
    "shape",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_PARAMETER = re.compile(r"\{([^}/]*)\}")

Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation with the path item it sits in (path-level parameters live there)."""

    method: str
    path: str
    spec: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def key(self) -> Key:
        """``(method, path)``: what identifies the operation within a document."""
        return (self.method, self.path)

    @property
    def label(self) -> str:
        """``"POST /api/x/"`` — how reports name the operation."""
        return f"{self.method.upper()} {self.path}"

    @property
    def tags(self) -> tuple[str, ...]:
        """All tags, in order (``untagged`` when there are none)."""
        return tuple(str(t) for t in self.spec.get("tags") or ["untagged"])

    @property
    def tag(self) -> str:
        """The first tag: the module the operation's function is generated into."""
        return self.tags[0]

    @property
    def operation_id(self) -> str:
        """The operationId (the generator's fallback, ``method_path``, when there is none)."""
        given = self.spec.get("operationId")
        return str(given) if given else f"{self.method}_{self.path}"

    @property
    def sdk_method(self) -> str:
        """The SDK method name (see ``sdk``)."""
        return sdk.method_name(self.operation_id)

    @property
    def sort_key(self) -> tuple[str, int]:
        """Path order, then the conventional method order."""
        return (self.path, HTTP_METHODS.index(self.method))


def shape(path: str) -> str:
    """The path with parameter names blanked: ``/x/{id}/`` → ``/x/{}/``."""
    return _PATH_PARAMETER.sub("{}", path)


def path_parameters(path: str) -> list[str]:
    """Path parameter names in order of appearance."""
    return _PATH_PARAMETER.findall(path)


def index_operations(doc: Document) -> dict[Key, Operation]:
    """Every operation of a document by ``(method, path)``."""
    found: dict[Key, Operation] = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            spec = item.get(method)
            if isinstance(spec, dict):
                found[(method, str(path))] = Operation(method, str(path), spec, item)
    return found


@dataclass(slots=True)
class Matching:
    """Operations of two documents: in both (``pairs``, renamed ones included), only old,
    only new. ``renamed`` lists the pairs whose path parameter names differ."""

    pairs: list[tuple[Operation, Operation]] = field(default_factory=list)
    removed: list[Operation] = field(default_factory=list)
    added: list[Operation] = field(default_factory=list)
    renamed: list[tuple[Operation, Operation]] = field(default_factory=list)


def _kept_names(old: Operation, new: Operation) -> int:
    """How many path parameters keep their name at their position."""
    pairs = zip(path_parameters(old.path), path_parameters(new.path), strict=False)
    return sum(1 for a, b in pairs if a == b)


def _best(candidate: Operation, others: list[Operation]) -> Operation | None:
    """The one operation among ``others`` keeping the most names of ``candidate``, if unique."""
    if len(others) == 1:
        return others[0]
    scores = sorted(((_kept_names(candidate, o), i) for i, o in enumerate(others)), reverse=True)
    if not scores or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return None
    return others[scores[0][1]]


def match_operations(old: dict[Key, Operation], new: dict[Key, Operation]) -> Matching:
    """Pair operations by exact ``(method, path)``, then pair renamed path parameters."""
    result = Matching(pairs=[(old[k], new[k]) for k in old if k in new])
    lost: dict[Key, list[Operation]] = {}
    gained: dict[Key, list[Operation]] = {}
    for key, op in old.items():
        if key not in new:
            lost.setdefault((op.method, shape(op.path)), []).append(op)
    for key, op in new.items():
        if key not in old:
            gained.setdefault((op.method, shape(op.path)), []).append(op)
    paired: set[Key] = set()
    for group, old_ops in lost.items():
        new_ops = gained.get(group, [])
        for op in old_ops:
            chosen = _best(op, new_ops)
            if chosen is not None and _best(chosen, old_ops) is op:
                result.pairs.append((op, chosen))
                result.renamed.append((op, chosen))
                paired |= {op.key, chosen.key}
    result.removed = [op for k, op in old.items() if k not in new and k not in paired]
    result.added = [op for k, op in new.items() if k not in old and k not in paired]
    return result


def compare_identity(old: Operation, new: Operation, all_tags: bool = False) -> list[Finding]:
    """Changes to how the SDK reaches the function: its name, its module, its groups; new
    deprecations.

    The groups are the tags the operation is a method of (``sdk.groups``): the first only,
    or every tag with ``generate_all_tags``. Leaving a group removes ``ibl.<group>.<method>``
    (and the module, when the group was the first tag); joining one breaks nothing. The
    module is ``generated/api/<first tag>/<method>.py`` (``sdk.module_folder``): a new first
    tag moves it, reported on its own when the old group still has the method. Other tag
    changes have no effect on the SDK and are not reported.
    """
    found: list[Finding] = []
    if old.operation_id != new.operation_id:
        found.append(Finding("operation-id-changed", (), old.sdk_method, new.sdk_method))
    old_groups, new_groups = sdk.groups(old.tags, all_tags), sdk.groups(new.tags, all_tags)
    old_folder, new_folder = sdk.module_folder(old.tags), sdk.module_folder(new.tags)
    if old_folder != new_folder and old_folder in new_groups:
        found.append(Finding("operation-module-moved", (), old_folder, new_folder))
    found += [
        Finding("operation-group-removed", (), g, None) for g in old_groups if g not in new_groups
    ]
    found += [
        Finding("operation-group-added", (), None, g) for g in new_groups if g not in old_groups
    ]
    for before, after in zip(path_parameters(old.path), path_parameters(new.path), strict=False):
        if before != after:
            where = ("request", "path", after)
            found.append(Finding("path-parameter-renamed", where, before, after))
    if new.spec.get("deprecated") and not old.spec.get("deprecated"):
        found.append(Finding("operation-deprecated", (), False, True))
    return found
