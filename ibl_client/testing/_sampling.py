"""Valid JSON values for a schema of the description, built from its constraints alone.

Deterministic: the same schema gives the same value, so a test that asserts on a sampled answer
holds run after run. Honoured: ``type``, ``format``, ``enum``, ``const``, length bounds,
``pattern``, numeric bounds and ``multipleOf``, ``$ref``, ``allOf``/``oneOf``/``anyOf``,
arrays (``minItems``/``maxItems``/``uniqueItems``) and objects. ``example`` is never read:
nobody validates the examples of a generated description, and a value derived from the
constraints is the one a validator accepts.

Both directions: an answer leaves out ``writeOnly`` properties, a request ``readOnly`` ones.

>>> sampler = SchemaSampler(lambda node: node)
>>> sampler.sample({"type": "string", "pattern": "^[a-z]{3}-\\\\d+$"})
'aaa-0'
>>> sampler.sample({"type": "object", "required": ["n"], "properties": {
...     "n": {"type": "integer", "minimum": 5}, "note": {"type": "string"}}})
{'n': 5}
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any

if sys.version_info >= (3, 11):
    import re._constants as sre_constants
    import re._parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

__all__ = ["BINARY_PAYLOAD", "FORMAT_VALUES", "SchemaSampler", "string_for_pattern"]

#: The bytes sampled for a ``format: binary`` string (a file part of a request).
BINARY_PAYLOAD = b"ibl-client contract test payload\n"

#: A valid value of each string format the description uses.
FORMAT_VALUES: dict[str, str] = {
    "date": "2024-01-15",
    "date-time": "2024-01-15T10:30:00Z",
    "time": "10:30:00",
    "duration": "P1D",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "learner@example.com",
    "idn-email": "learner@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "iri": "https://example.com/resource",
    "uri-reference": "https://example.com/resource",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "aWJsLWNsaWVudA==",
    "decimal": "1.00",
    "password": "s3cret-Passw0rd",
}

#: Nesting enough for real payloads: deeper, a recursive schema stops at its optional fields.
MAX_DEPTH = 8

Resolve = Callable[[Any], Any]


class SchemaSampler:
    """One valid value per schema, ``$ref`` followed by ``resolve`` (``Description.resolve``).

    ``optional``: every optional property too (an answer shows all it can hold); otherwise
    the required ones only. ``for_request``: leave out ``readOnly`` properties (a request
    body), else ``writeOnly`` ones (an answer).
    """

    def __init__(self, resolve: Resolve, *, optional: bool = False, for_request: bool = True):
        self.resolve = resolve
        self.optional = optional
        self.hidden = "readOnly" if for_request else "writeOnly"

    def sample(self, schema: Any, depth: int = 0) -> Any:
        schema = self.resolve(schema) if schema is not None else {}
        if not isinstance(schema, Mapping):
            return "value"
        if "allOf" in schema:
            return self.sample(self._merged(schema), depth)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.sample(self._alternative(schema[key]), depth)
        if "enum" in schema:
            return next((v for v in schema["enum"] if v not in ("", None)), schema["enum"][0])
        if "const" in schema:
            return schema["const"]
        kind = _kind(schema)
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            return self._array(schema, depth)
        if kind in ("integer", "number"):
            return _number(schema, integer=kind == "integer")
        if kind == "boolean":
            return True
        if kind == "string":
            return _string(schema)
        return "value"  # an untyped schema accepts anything: a short string is the safest

    def _merged(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        """``allOf``'s parts as one schema: properties and required lists joined."""
        merged = {key: value for key, value in schema.items() if key != "allOf"}
        for part in schema["allOf"]:
            part = self.resolve(part)
            if "allOf" in part:
                part = self._merged(part)
            for key, value in part.items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required":
                    merged["required"] = [*merged.get("required", []), *value]
                else:
                    merged.setdefault(key, value)
        return merged

    def _alternative(self, options: list[Any]) -> Any:
        """The first alternative that is more than null or a blank enum (drf-spectacular's
        ``BlankEnum``/``NullEnum`` beside the real one)."""
        for option in options:
            resolved = self.resolve(option)
            if not isinstance(resolved, Mapping):
                return option
            enum = resolved.get("enum")
            if enum is not None and all(v in ("", None) for v in enum):
                continue
            if resolved.get("type") == "null":
                continue
            return option
        return options[0]

    def _object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        required = set(schema.get("required") or ())
        deep_enough = depth >= MAX_DEPTH
        out: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            resolved = self.resolve(prop)
            if isinstance(resolved, Mapping) and resolved.get(self.hidden):
                continue
            if name in required or (self.optional and not deep_enough):
                out[name] = self.sample(prop, depth + 1)
        extra = schema.get("additionalProperties")
        if self.optional and not out and isinstance(extra, Mapping) and not deep_enough:
            out["key"] = self.sample(extra, depth + 1)
        return out

    def _array(self, schema: Mapping[str, Any], depth: int) -> list[Any]:
        count = max(int(schema.get("minItems", 0)), 1 if depth < MAX_DEPTH else 0)
        if schema.get("maxItems") is not None:
            count = min(count, int(schema["maxItems"]))
        values = [self.sample(schema.get("items", {}), depth + 1) for _ in range(count)]
        if schema.get("uniqueItems"):
            values = [_distinct(value, index) for index, value in enumerate(values)]
        return values


def _kind(schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):  # OpenAPI 3.1's ["string", "null"]
        kind = next((k for k in kind if k != "null"), None)
    if kind is None and ("properties" in schema or "additionalProperties" in schema):
        return "object"
    if kind is None and "items" in schema:
        return "array"
    return kind if isinstance(kind, str) else None


def _distinct(value: Any, index: int) -> Any:
    """The ``index``-th of unique array items sampled alike."""
    if index == 0 or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return f"{value}{index}"
    if isinstance(value, int | float):
        return value + index
    return value


def _number(schema: Mapping[str, Any], *, integer: bool) -> int | float:
    low, high = schema.get("minimum"), schema.get("maximum")
    above, below = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(above, bool):  # OpenAPI 3.0 spells exclusivity as a flag on the bound
        above = low if above else None
    if isinstance(below, bool):
        below = high if below else None
    step = 1 if integer else 0.5
    value: float = 1 if integer else 1.5
    if low is not None and value < low:
        value = math.ceil(low) if integer else low
    if above is not None and value <= above:
        value = math.floor(above) + 1 if integer else above + step
    if high is not None and value > high:
        value = math.floor(high) if integer else high
    if below is not None and value >= below:
        value = math.ceil(below) - 1 if integer else below - step
    if schema.get("multipleOf"):
        value = math.ceil(value / schema["multipleOf"]) * schema["multipleOf"]
    return int(value) if integer else float(value)


def _string(schema: Mapping[str, Any]) -> Any:
    fmt = schema.get("format")
    if fmt == "binary":
        return BINARY_PAYLOAD
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    if schema.get("pattern"):
        produced = string_for_pattern(schema["pattern"], low, high)
        if produced is not None:
            return produced
    value = FORMAT_VALUES.get(fmt, "value") if isinstance(fmt, str) else "value"
    value = value + "x" * max(0, low - len(value))
    return value if high is None else value[: int(high)]


# --- strings from regular expressions -------------------------------------------------------

#: Characters tried first where a pattern leaves the choice open: plain, and readable.
_PREFERRED = "a0A_-.b1B"


def string_for_pattern(pattern: str, low: int = 0, high: int | None = None) -> str | None:
    """A string that ``pattern`` finds (JSON Schema's search semantics), ``low`` to ``high``
    characters long; None when Python cannot parse the pattern or no candidate fits.

    Repetitions are tried at their least, then longer, until a candidate fits the bounds.
    """
    try:
        compiled = re.compile(pattern)
        parsed = sre_parse.parse(pattern)
    except (re.error, ValueError, TypeError):
        return None
    empty = None
    for extra in (0, 1, 2, 4, 8, 16, 32, 64, 128, 256):
        try:
            candidate = _emit(parsed, extra, {})
        except _Unsupported:
            return None
        if high is not None and len(candidate) > int(high):
            break
        if len(candidate) >= low and compiled.search(candidate):
            if candidate:
                return candidate
            empty = candidate  # valid (DRF's optional decimal pattern), but says little
    return empty


class _Unsupported(Exception):
    """A construct no string is built for (the pattern is then left to the other bounds)."""


def _emit(parsed: Any, extra: int, groups: dict[int, str]) -> str:
    return "".join(_emit_one(op, arg, extra, groups) for op, arg in parsed)


def _emit_one(op: Any, arg: Any, extra: int, groups: dict[int, str]) -> str:
    c = sre_constants
    if op is c.LITERAL:
        return chr(arg)
    if op is c.NOT_LITERAL:
        return next(ch for ch in _PREFERRED if ord(ch) != arg)
    if op is c.ANY:
        return "a"
    if op is c.IN:
        return _char_in(arg)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        least, most, body = arg
        count = least + extra if most is c.MAXREPEAT else min(most, least + extra)
        return "".join(_emit(body, extra, groups) for _ in range(max(count, least)))
    if op is c.SUBPATTERN:
        group, _add_flags, _del_flags, body = arg
        text = _emit(body, extra, groups)
        if group is not None:
            groups[group] = text
        return text
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _emit(arg, extra, groups)
    if op is c.BRANCH:
        return _emit(arg[1][0], extra, groups)
    if op is c.GROUPREF:
        return groups.get(arg, "")
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return ""
    if op is c.GROUPREF_EXISTS:
        _group, yes, no = arg
        return _emit(yes, extra, groups) if yes else _emit(no or [], extra, groups)
    raise _Unsupported(str(op))


def _char_in(items: list[tuple[Any, Any]]) -> str:
    negate = any(op is sre_constants.NEGATE for op, _ in items)
    candidates: list[str] = [*(_PREFERRED + "zZ9 "), *map(chr, range(32, 0x2FF))]
    for ch in candidates:
        if _in_set(ch, items) != negate:
            return ch
    raise _Unsupported("empty character set")


def _in_set(ch: str, items: list[tuple[Any, Any]]) -> bool:
    c = sre_constants
    code = ord(ch)
    for op, arg in items:
        if op is c.LITERAL and code == arg:
            return True
        if op is c.RANGE and arg[0] <= code <= arg[1]:
            return True
        if op is c.CATEGORY and _in_category(ch, arg):
            return True
    return False


def _in_category(ch: str, category: Any) -> bool:
    name = str(category).upper()
    for key, found in (
        ("DIGIT", ch.isdigit()),
        ("WORD", ch.isalnum() or ch == "_"),
        ("SPACE", ch.isspace()),
    ):
        if key in name:
            return found != ("NOT" in name)
    return False
