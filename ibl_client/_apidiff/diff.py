"""``diff_specs``: the whole comparison, read top to bottom.

operations matched (exact path, then renamed path parameters) → removed → added → for each
pair: identity, security, parameters, request body, responses. Detection yields ``Finding``s;
this module turns them into classified ``Change``s named the SDK's way, removes duplicates
and orders them.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable

from . import sdk
from .bodies import compare_request_body, compare_responses
from .operations import (
    Operation,
    compare_identity,
    index_operations,
    match_operations,
    path_parameters,
)
from .parameters import compare_parameters, parameters
from .refs import Document
from .report import Change, Report, SdkName
from .schemas import Finding, SchemaDiffer
from .security import compare_security

__all__ = ["diff_specs", "is_rebuilt"]


def _version(doc: Document) -> str:
    """The ``info.version`` a description declares (``?`` when absent)."""
    info = doc.get("info") or {}
    return str(info.get("version", "?"))


def is_rebuilt(doc: Document) -> bool:
    """Whether a description was rebuilt from a generated client (``x-rebuilt-from``)."""
    return bool(doc.get("x-rebuilt-from"))


def _location(path: tuple[str, ...]) -> str:
    """Dotted segments, with array items written ``results[].id`` rather than ``results.[].id``."""
    return "".join(seg if seg == "[]" or not i else f".{seg}" for i, seg in enumerate(path))


class _Namer:
    """SDK names for the findings of one operation pair (or a lone removed/added operation)."""

    def __init__(
        self, old_doc: Document, new_doc: Document, old: Operation | None, new: Operation | None
    ) -> None:
        self._old_doc, self._new_doc = old_doc, new_doc
        self._old, self._new = old, new
        new_names = (f"request.path.{n}" for n in _path_names(new))
        self._renamed = dict(zip(new_names, _path_names(old), strict=False))

    @functools.cached_property
    def _old_args(self) -> dict[tuple[str, str], str]:
        return sdk.argument_names(parameters(self._old_doc, self._old)) if self._old else {}

    @functools.cached_property
    def _new_args(self) -> dict[tuple[str, str], str]:
        return sdk.argument_names(parameters(self._new_doc, self._new)) if self._new else {}

    def name(self, finding: Finding, all_tags: bool) -> SdkName:
        current = self._new or self._old
        assert current is not None
        groups = sdk.groups(current.tags, all_tags)
        if finding.kind in ("operation-group-removed", "operation-module-moved") and self._old:
            groups = sdk.groups(self._old.tags, all_tags)
        method = current.sdk_method
        argument = old_argument = None
        if len(finding.path) == 3 and finding.path[0] == "request" and finding.path[1] != "body":
            where, name = finding.path[1], finding.path[2]
            new_arg = self._new_args.get((where, name))
            old_name = self._renamed.get(_location(finding.path), name) if where == "path" else name
            old_arg = self._old_args.get((where, old_name))
            argument = new_arg or old_arg
            if finding.kind == "path-parameter-renamed":
                old_argument = old_arg
        field = _location(finding.field) if finding.model is not None else None
        return SdkName(groups, method, argument, old_argument, finding.model, field)


def _path_names(op: Operation | None) -> list[str]:
    return path_parameters(op.path) if op else []


def _changes(
    namer: _Namer, op: Operation, findings: Iterable[Finding], all_tags: bool
) -> list[Change]:
    """Attach the operation and SDK names to findings and let the rules classify them."""
    return [
        Change.of(
            f.kind,
            op.label,
            _location(f.path),
            f.old,
            f.new,
            tag=op.tag,
            sdk=namer.name(f, all_tags),
        )
        for f in findings
    ]


def _compare_operation(
    schemas: SchemaDiffer,
    old_doc: Document,
    new_doc: Document,
    old: Operation,
    new: Operation,
    all_tags: bool,
    rebuilt: bool,
) -> list[Finding]:
    """Everything that can change inside one operation present in both versions."""
    return [
        *compare_identity(old, new, all_tags),
        *compare_security(old_doc, new_doc, old, new),
        *compare_parameters(old_doc, new_doc, old, new, rebuilt),
        *compare_request_body(schemas, old_doc, new_doc, old, new),
        *compare_responses(schemas, old_doc, new_doc, old, new),
    ]


def _unique(changes: Iterable[Change]) -> list[Change]:
    """Drop repeats — the same finding reached through JSON, form and multipart bodies."""
    seen: set[tuple[str, str, str, str]] = set()
    kept: list[Change] = []
    for change in changes:
        key = (change.kind, change.operation, change.location, json.dumps([change.old, change.new]))
        if key not in seen:
            seen.add(key)
            kept.append(change)
    return kept


def _tags(ops: Iterable[Operation]) -> set[str]:
    return {tag for op in ops for tag in op.tags}


def _groups(ops: Iterable[Operation], all_tags: bool) -> set[str]:
    return {group for op in ops for group in sdk.groups(op.tags, all_tags)}


def diff_specs(
    old: Document, new: Document, *, all_tags: bool = False, rebuilt: bool | None = None
) -> Report:
    """Compare two parsed OpenAPI 3.0 descriptions and classify every change.

    ``all_tags`` is the generator's ``generate_all_tags`` (which SDK groups expose an
    operation). ``rebuilt`` says whether either description was rebuilt from a generated
    client, which makes a format added or dropped a rebuild artifact instead of a type
    change; by default it is read from their ``x-rebuilt-from``.

    >>> empty = {"openapi": "3.0.3", "info": {"version": "1"}, "paths": {}}
    >>> diff_specs(empty, empty).summary_line()
    'API 1 → 1: 0 changes (0 breaking, 0 non-breaking); operations +0 -0, 0 changed'
    """
    if rebuilt is None:
        rebuilt = is_rebuilt(old) or is_rebuilt(new)
    old_ops, new_ops = index_operations(old), index_operations(new)
    matching = match_operations(old_ops, new_ops)
    schemas = SchemaDiffer(old, new, rebuilt)
    per_operation: list[tuple[Operation, list[Change]]] = []
    for op in matching.removed:
        namer = _Namer(old, new, op, None)
        removed = [Finding("operation-removed", (), op.label, None)]
        per_operation.append((op, _changes(namer, op, removed, all_tags)))
    for op in matching.added:
        namer = _Namer(old, new, None, op)
        added = [Finding("operation-added", (), None, op.label)]
        per_operation.append((op, _changes(namer, op, added, all_tags)))
    for before, after in matching.pairs:
        namer = _Namer(old, new, before, after)
        found = _compare_operation(schemas, old, new, before, after, all_tags, rebuilt)
        per_operation.append((after, _changes(namer, after, found, all_tags)))
    per_operation.sort(key=lambda pair: pair[0].sort_key)
    ordered = (c for _, changes in per_operation for c in sorted(changes, key=_within_operation))
    old_tags, new_tags = _tags(old_ops.values()), _tags(new_ops.values())
    old_groups = _groups(old_ops.values(), all_tags)
    new_groups = _groups(new_ops.values(), all_tags)
    return Report(
        _version(old),
        _version(new),
        tuple(_unique(ordered)),
        renamed=tuple((a.label, b.label) for a, b in matching.renamed),
        tags_added=tuple(sorted(new_tags - old_tags)),
        tags_removed=tuple(sorted(old_tags - new_tags)),
        groups_added=tuple(sorted(new_groups - old_groups)),
        groups_removed=tuple(sorted(old_groups - new_groups)),
    )


def _within_operation(change: Change) -> tuple[str, str]:
    """Operation-level changes first, then by location, then kind."""
    return (change.location, change.kind)
