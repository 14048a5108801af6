"""A request checked against its operation: what it sends that the description does not allow.

Each problem is a :class:`Violation` naming the operation, the field (``query.limit``,
``body.mentor.name``, ``path.org``, ``form.file``) and the value sent. Checked: the path's
parameters, the query (an undeclared name, a missing required one, a value of the wrong type
or outside its enum), the required headers, and the body: JSON against the request schema
(type, required properties, enum, lengths and bounds, pattern, and the formats that are cheap
to check: date, date-time, uuid), the field names of a form or multipart body, a required body
missing, a media type the operation does not take.
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from ._description import Description, Operation, is_json

__all__ = ["Violation", "check_request"]


@attrs.frozen
class Violation:
    """One thing a request sent that its operation does not allow."""

    operation: str  # the operation id, or "METHOD /path" for a request the description lacks
    field: str  # where: "query.limit", "body.mentor.name", "form.file", "path", ...
    value: Any
    problem: str

    def __str__(self) -> str:
        return f"{self.operation}: {self.field} = {_shown(self.value)}: {self.problem}"


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


@attrs.frozen
class Sent:
    """What a request sent, decoded: the body as JSON (``json``) or as form fields (``form``,
    a file field by its file name)."""

    path_params: Mapping[str, str]
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]  # lower-case names
    media: str | None  # the body's media type, None without a body
    json: Any = None
    form: Mapping[str, str] | None = None
    body_error: str | None = None  # the body could not be decoded as its media type says


def check_request(description: Description, op: Operation, sent: Sent) -> list[Violation]:
    checker = _Checker(description, op)
    return list(checker.request(sent))


class _Checker:
    def __init__(self, description: Description, op: Operation) -> None:
        self.description = description
        self.op = op

    def violation(self, field: str, value: Any, problem: str) -> Violation:
        return Violation(self.op.id, field, value, problem)

    def request(self, sent: Sent) -> Iterator[Violation]:
        for name, value in sent.path_params.items():
            parameter = self.op.parameter("path", name)
            if parameter is not None:
                yield from self.text(f"path.{name}", parameter.schema, [value])
        given: dict[str, list[str]] = {}
        for name, value in sent.query:
            given.setdefault(name, []).append(value)
        for name, values in given.items():
            parameter = self.op.parameter("query", name)
            if parameter is None:
                shown = values[0] if len(values) == 1 else values
                yield self.violation(f"query.{name}", shown, "no such query parameter")
            else:
                yield from self.text(f"query.{name}", parameter.schema, values)
        for parameter in self.op.parameters:
            if not parameter.required:
                continue
            if parameter.location == "query" and parameter.name not in given:
                yield self.violation(f"query.{parameter.name}", None, "required, not sent")
            elif parameter.location == "header" and parameter.name.lower() not in sent.headers:
                yield self.violation(f"header.{parameter.name}", None, "required, not sent")
        yield from self.body(sent)

    def text(self, field: str, schema: Any, values: list[str]) -> Iterator[Violation]:
        """A parameter's text, read as its schema's type (an array: each repeated value)."""
        resolved = self.description.resolve(schema)
        if _type(resolved) == "array":
            items = resolved.get("items") or {}
            value: Any = [_from_text(self.description.resolve(items), v) for v in values]
        else:
            value = _from_text(resolved, values[-1])
        for where, found, problem in self.schema(resolved, value, field, request=True):
            yield self.violation(where, found, problem)

    def body(self, sent: Sent) -> Iterator[Violation]:
        declared: Mapping[str, Any] = (self.op.body or {}).get("content") or {}
        if sent.media is None:
            if (self.op.body or {}).get("required"):
                yield self.violation("body", None, f"required, not sent (takes {_list(declared)})")
            return
        if not declared:
            yield self.violation("body", sent.media, "the operation takes no body")
            return
        media = next((m for m in declared if m.split(";")[0].strip() == sent.media), None)
        if media is None:
            yield self.violation("body", sent.media, f"media type not taken: {_list(declared)}")
            return
        if sent.body_error is not None:
            yield self.violation("body", sent.media, sent.body_error)
            return
        schema = self.description.resolve((declared[media] or {}).get("schema") or {})
        if is_json(media):
            for where, found, problem in self.schema(schema, sent.json, "body", request=True):
                yield self.violation(where, found, problem)
        elif sent.form is not None:
            yield from self.form(schema, sent.form)

    def form(self, schema: Mapping[str, Any], fields: Mapping[str, str]) -> Iterator[Violation]:
        """A form or multipart body: its field names (the values are text or files)."""
        properties = self.properties(schema)
        if properties is None:
            return
        open_ended = schema.get("additionalProperties") not in (None, False)
        for name in fields:
            if name not in properties and not open_ended:
                yield self.violation(f"form.{name}", fields[name], "no such field")
        for name in self.required(schema):
            prop = self.description.resolve(properties.get(name, {}))
            if name not in fields and not (isinstance(prop, Mapping) and prop.get("readOnly")):
                yield self.violation(f"form.{name}", None, "required, not sent")

    def properties(self, schema: Mapping[str, Any]) -> dict[str, Any] | None:
        """Every property of an object schema (``allOf`` parts joined); None if it names none."""
        found: dict[str, Any] = dict(schema.get("properties") or {})
        for part in schema.get("allOf") or ():
            found.update(self.properties(self.description.resolve(part)) or {})
        return found or None

    def required(self, schema: Mapping[str, Any]) -> list[str]:
        names = list(schema.get("required") or ())
        for part in schema.get("allOf") or ():
            names += self.required(self.description.resolve(part))
        return names

    # --- JSON values against a schema ----------------------------------------------------

    def schema(
        self, schema: Any, value: Any, where: str, *, request: bool
    ) -> Iterator[tuple[str, Any, str]]:
        """``(field, value, problem)`` for each way ``value`` does not fit ``schema``."""
        schema = self.description.resolve(schema)
        if not isinstance(schema, Mapping) or not schema:
            return
        if value is None:
            if schema.get("nullable") or None in (schema.get("enum") or ()):
                return
            if not {"oneOf", "anyOf", "allOf"} & set(schema):
                yield where, value, "null is not allowed"
                return
        for part in schema.get("allOf") or ():
            yield from self.schema(part, value, where, request=request)
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if options:
                failures = [list(self.schema(o, value, where, request=request)) for o in options]
                if all(failures):
                    yield min(failures, key=len)[0]
        if "enum" in schema and value not in schema["enum"]:
            yield where, value, f"not one of {_list(schema['enum'])}"
            return
        kind = _type(schema)
        if kind is not None and not _is(kind, value):
            yield where, value, f"not of type {kind}"
            return
        if isinstance(value, str):
            yield from _string_problems(schema, value, where)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            yield from _number_problems(schema, value, where)
        elif isinstance(value, list):
            if len(value) < schema.get("minItems", 0):
                yield where, value, f"fewer than {schema['minItems']} items"
            if "maxItems" in schema and len(value) > schema["maxItems"]:
                yield where, value, f"more than {schema['maxItems']} items"
            for index, item in enumerate(value):
                yield from self.schema(
                    schema.get("items") or {}, item, f"{where}[{index}]", request=request
                )
        elif isinstance(value, dict):
            yield from self.object(schema, value, where, request=request)

    def object(
        self, schema: Mapping[str, Any], value: dict[str, Any], where: str, *, request: bool
    ) -> Iterator[tuple[str, Any, str]]:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        hidden = "readOnly" if request else "writeOnly"
        for name in schema.get("required") or ():
            prop = self.description.resolve(properties.get(name, {}))
            if name not in value and not (isinstance(prop, Mapping) and prop.get(hidden)):
                yield f"{where}.{name}", None, "required, not sent"
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            if name in properties:
                yield from self.schema(properties[name], item, f"{where}.{name}", request=request)
            elif extra is False:
                yield f"{where}.{name}", item, "no such property"
            elif isinstance(extra, Mapping):
                yield from self.schema(extra, item, f"{where}.{name}", request=request)


def _type(schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    return kind if isinstance(kind, str) else None


def _is(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def _from_text(schema: Mapping[str, Any], text: str) -> Any:
    """A parameter's text as its schema's type; left as text when it does not read as one, so
    the type check names it."""
    kind = _type(schema)
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        return text
    if kind == "boolean":
        return {"true": True, "false": False}.get(text.lower(), text)
    return text


_FORMATS: dict[str, Callable[[str], object]] = {
    "date": datetime.date.fromisoformat,
    "date-time": lambda text: datetime.datetime.fromisoformat(text.replace("Z", "+00:00")),
    "uuid": uuid.UUID,
}


def _string_problems(schema: Mapping[str, Any], value: str, where: str) -> Iterator[Any]:
    if len(value) < schema.get("minLength", 0):
        yield where, value, f"shorter than {schema['minLength']} characters"
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        yield where, value, f"longer than {schema['maxLength']} characters"
    pattern = schema.get("pattern")
    if pattern:
        try:
            matched = re.search(pattern, value) is not None
        except re.error:
            matched = True  # a pattern Python cannot read: not the request's fault
        if not matched:
            yield where, value, f"does not match {pattern!r}"
    read = _FORMATS.get(schema.get("format", ""))
    if read is not None:
        try:
            read(value)
        except ValueError:
            yield where, value, f"not a {schema['format']}"


def _number_problems(schema: Mapping[str, Any], value: float, where: str) -> Iterator[Any]:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and (
        value < low or (schema.get("exclusiveMinimum") is True and value == low)
    ):
        yield where, value, f"below the minimum {low}"
    if high is not None and (
        value > high or (schema.get("exclusiveMaximum") is True and value == high)
    ):
        yield where, value, f"above the maximum {high}"


def _list(values: Any) -> str:
    return ", ".join(map(repr, values))
