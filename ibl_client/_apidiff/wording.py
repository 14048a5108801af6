"""A change in SDK words: what a method's caller or a model's user sees.

The CHANGELOG (scripts/apidiff/changelog.py) and ``python -m ibl_client upgrade-check``
(ibl_client/_upgrade/) phrase a change the same way: Python argument names and types,
``body``, model fields.

>>> python_type("array<string/uuid>")
'list[UUID]'
"""

from __future__ import annotations

from .report import Change

__all__ = ["FIELD_PHRASES", "call_phrase", "field_detail", "python_type"]

_PYTHON = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "object": "dict",
    "any": "Any",
    "string/uuid": "UUID",
    "string/date-time": "datetime",
    "string/date": "date",
    "string/binary": "File",
}


def python_type(label: object) -> str:
    """A type label (``string/uuid``, ``array<integer>``) as the SDK's Python type."""
    text = str(label)
    if text.startswith("array<") and text.endswith(">"):
        return f"list[{python_type(text[6:-1])}]"
    if text.startswith("enum<"):
        return "Literal[...]"
    if text in _PYTHON:
        return _PYTHON[text]
    base = text.split("/", 1)[0]
    return _PYTHON.get(base, text)


# --------------------------------------------------------------------------- phrasing

# method-level kinds: how one change reads after "`method`: "
_ARGUMENT_PHRASES = {
    "path-parameter-renamed": "argument `{old_argument}` renamed `{argument}`",
    "parameter-removed": "argument `{argument}` removed",
    "parameter-added-required": "new required argument `{argument}`",
    "parameter-made-required": "argument `{argument}` now required",
    "parameter-type-changed": "argument `{argument}` {old_type} → {new_type}",
    "parameter-enum-value-removed": "argument `{argument}` no longer accepts {old!r}",
    "parameter-added": "new optional argument `{argument}`",
    "parameter-made-optional": "argument `{argument}` now optional",
    "parameter-enum-value-added": "argument `{argument}` accepts {new!r}",
}
_CALL_PHRASES = {
    "request-body-added-required": "new required `body` argument",
    "request-body-removed": "`body` argument removed",
    "request-body-made-required": "`body` now required",
    "request-body-added": "new optional `body` argument",
    "request-body-made-optional": "`body` now optional",
    "request-media-type-removed": "body no longer accepted as {old}",
    "request-media-type-added": "body also accepted as {new}",
    "response-status-removed": "status {old} no longer parsed",
    "response-status-added": "status {new} now parsed",
    "response-media-type-removed": "response no longer offered as {old}",
    "response-media-type-added": "response also offered as {new}",
    "security-required": "now requires authentication ({new})",
    "security-alternative-removed": "no longer accepts credential {old}",
    "security-removed": "no longer requires authentication",
    "security-alternative-added": "also accepts credential {new}",
    "operation-deprecated": "deprecated",
}
# body kinds, per model: (heading, detail) — the heading gathers fields
FIELD_PHRASES = {
    "request-property-removed": "fields removed",
    "response-property-removed": "fields removed",
    "request-property-added-required": "new required fields",
    "request-property-made-required": "fields now required",
    "response-property-made-optional": "fields may now be absent (`Unset`)",
    "response-made-nullable": "fields may now be `None`",
    "request-made-non-nullable": "fields no longer accept `None`",
    "request-type-changed": "types changed",
    "response-type-changed": "types changed",
    "request-enum-value-removed": "values no longer accepted",
    "response-enum-value-removed": "values no longer returned",
    "response-enum-value-added": "new values returned",
    "request-property-added": "new fields",
    "response-property-added": "new fields",
    "request-property-made-optional": "fields now optional",
    "response-property-made-required": "fields now always present",
    "request-made-nullable": "fields now accept `None`",
    "response-made-non-nullable": "fields never `None` now",
    "request-enum-value-added": "values now accepted",
}


def field_detail(change: Change) -> str:
    """One field of a model line: ``name``, ``name (str → int)``, ``status ('x')``."""
    name = change.sdk.field or "(the model itself)"
    if change.kind.endswith("-type-changed"):
        return f"{name} ({python_type(change.old)} → {python_type(change.new)})"
    if "-enum-value-" in change.kind:
        value = change.new if change.kind.endswith("-added") else change.old
        return f"{name} ({value!r})"
    return name


def call_phrase(change: Change) -> str:
    """A method-level change in SDK words."""
    if change.kind in _ARGUMENT_PHRASES:
        return _ARGUMENT_PHRASES[change.kind].format(
            argument=change.sdk.argument,
            old_argument=change.sdk.old_argument,
            old_type=python_type(change.old),
            new_type=python_type(change.new),
            old=change.old,
            new=change.new,
        )
    if change.kind in _CALL_PHRASES:
        return _CALL_PHRASES[change.kind].format(old=change.old, new=change.new)
    where = change.location.split(".", 3)
    side = "request body" if change.location.startswith("request") else "return value"
    inner = where[3] if len(where) > 3 and side == "return value" else ".".join(where[2:])
    detail = field_detail(change) if change.sdk.field else inner or "(whole value)"
    return f"{side} {FIELD_PHRASES.get(change.kind, change.kind)}: {detail}"
