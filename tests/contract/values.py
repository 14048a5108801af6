"""JSON values that satisfy a JSON Schema, built deterministically from the schema alone.

The sampler honours what Prism validates on a request: type, format, enum, length bounds,
pattern, numeric bounds, nested ``$ref`` objects, ``allOf``/``oneOf``/``anyOf`` and arrays.
It never reads ``example``: examples in a generated description are not validated by anyone,
so a value derived from the constraints is the more honest test.

>>> sampler = SchemaSampler(Spec({}))
>>> sampler.sample({"type": "string", "pattern": "^[a-z]{3}-\\\\d+$"})
'aaa-0'
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Mapping
from typing import Any

from .spec import Spec

if sys.version_info >= (3, 11):
    import re._constants as sre_constants
    import re._parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

# Binary request parts: the bytes sent for every ``format: binary`` field.
BINARY_PAYLOAD = b"ibl-client contract test payload\n"

FORMAT_VALUES: dict[str, Any] = {
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

# Enough nesting for real payloads; deeper recursive schemas stop at their optional fields.
MAX_DEPTH = 8


class SchemaSampler:
    """Builds one valid value per schema.

    ``optional=True`` adds every optional property (the second pass of the contract run);
    otherwise only required properties appear.
    """

    def __init__(self, spec: Spec, *, optional: bool = False, for_request: bool = True) -> None:
        self.spec = spec
        self.optional = optional
        self.for_request = for_request

    def sample(self, schema: Any, depth: int = 0) -> Any:
        schema = self.spec.resolve(schema) if schema is not None else {}
        if not isinstance(schema, Mapping):
            return "value"
        if "allOf" in schema:
            return self.sample(self._merge_all_of(schema), depth)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.sample(self._pick_alternative(schema[key]), depth)
        if "enum" in schema:
            return _pick_enum(schema["enum"])
        if "const" in schema:
            return schema["const"]
        kind = schema.get("type")
        if isinstance(kind, list):  # OpenAPI 3.1 style ["string", "null"]
            kind = next((k for k in kind if k != "null"), None)
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            return self._array(schema, depth)
        if kind == "integer":
            return int(_number(schema, integer=True))
        if kind == "number":
            return _number(schema, integer=False)
        if kind == "boolean":
            return True
        if kind == "string":
            return self._string(schema)
        # An untyped schema (``{}``) accepts anything; a short string is the safest choice.
        return "value"

    def _merge_all_of(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = self.spec.resolve(part)
            if "allOf" in part:
                part = self._merge_all_of(part)
            for key, value in part.items():
                if key == "properties":
                    merged.setdefault("properties", {}).update(value)
                elif key == "required":
                    merged["required"] = [*merged.get("required", []), *value]
                else:
                    merged.setdefault(key, value)
        return merged

    def _pick_alternative(self, options: list[Any]) -> Any:
        """The first alternative that is not a blank/null enum (drf-spectacular's BlankEnum)."""
        for option in options:
            resolved = self.spec.resolve(option)
            enum = resolved.get("enum") if isinstance(resolved, Mapping) else None
            if enum is not None and all(v in ("", None) for v in enum):
                continue
            if isinstance(resolved, Mapping) and resolved.get("type") == "null":
                continue
            return option
        return options[0]

    def _object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        required = set(schema.get("required", []))
        out: dict[str, Any] = {}
        for name, prop in (schema.get("properties") or {}).items():
            resolved = self.spec.resolve(prop)
            hidden = "readOnly" if self.for_request else "writeOnly"
            if isinstance(resolved, Mapping) and resolved.get(hidden):
                continue
            wanted = name in required or (self.optional and depth < MAX_DEPTH)
            if wanted:
                out[name] = self.sample(prop, depth + 1)
        extra = schema.get("additionalProperties")
        if self.optional and not out and isinstance(extra, Mapping) and depth < MAX_DEPTH:
            out["key"] = self.sample(extra, depth + 1)
        return out

    def _array(self, schema: Mapping[str, Any], depth: int) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = schema.get("maxItems")
        count = max(low, 1 if depth < MAX_DEPTH else 0)
        if high is not None:
            count = min(count, int(high))
        items = schema.get("items", {})
        values = [self.sample(items, depth + 1) for _ in range(count)]
        if schema.get("uniqueItems") and count > 1:
            values = [_vary(v, i) for i, v in enumerate(values)]
        return values

    def _string(self, schema: Mapping[str, Any]) -> Any:
        fmt = schema.get("format")
        if fmt == "binary":
            return BINARY_PAYLOAD
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        pattern = schema.get("pattern")
        if pattern:
            produced = string_for_pattern(pattern, low, high)
            if produced is not None:
                return produced
        value = str(FORMAT_VALUES.get(fmt, "value")) if fmt else "value"
        if len(value) < low:
            value = value + "x" * (low - len(value))
        if high is not None and len(value) > int(high):
            value = value[: int(high)]
        return value


def _pick_enum(values: list[Any]) -> Any:
    for value in values:
        if value not in ("", None):
            return value
    return values[0]


def _vary(value: Any, index: int) -> Any:
    if isinstance(value, str):
        return value + ("" if index == 0 else str(index))
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value + index
    return value


def _number(schema: Mapping[str, Any], *, integer: bool) -> float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    ex_low = schema.get("exclusiveMinimum")
    ex_high = schema.get("exclusiveMaximum")
    # OpenAPI 3.0 spells exclusivity as booleans, 3.1 as numbers.
    if isinstance(ex_low, bool):
        ex_low = low if ex_low else None
    if isinstance(ex_high, bool):
        ex_high = high if ex_high else None
    step = 1 if integer else 0.5
    value: float = 1 if integer else 1.5
    if low is not None and value < low:
        value = math.ceil(low) if integer else low
    if ex_low is not None and value <= ex_low:
        value = math.floor(ex_low) + 1 if integer else ex_low + step
    if high is not None and value > high:
        value = math.floor(high) if integer else high
    if ex_high is not None and value >= ex_high:
        value = math.ceil(ex_high) - 1 if integer else ex_high - step
    multiple = schema.get("multipleOf")
    if multiple:
        value = math.ceil(value / multiple) * multiple
    return int(value) if integer else float(value)


# --- strings from regular expressions -------------------------------------------------------

_PREFERRED_CHARS = "a0A_-.b1B"


def string_for_pattern(pattern: str, low: int = 0, high: int | None = None) -> str | None:
    """A string matching ``pattern`` (search semantics, as in JSON Schema) within the bounds.

    Returns None when the pattern uses syntax Python cannot parse or no candidate fits.
    """
    try:
        compiled = re.compile(pattern)
        parsed = sre_parse.parse(pattern)
    except (re.error, ValueError, TypeError):
        return None
    fallback = None
    for extra in (0, 1, 2, 4, 8, 16, 32, 64, 128, 256):
        try:
            candidate = _emit(parsed, extra, {})
        except _Unsupported:
            return None
        if high is not None and len(candidate) > int(high):
            break
        if len(candidate) >= low and compiled.search(candidate):
            # An empty string is valid for patterns like DRF's decimal one, but says little.
            if candidate:
                return candidate
            fallback = candidate
    return fallback


class _Unsupported(Exception):
    pass


def _emit(parsed: Any, extra: int, groups: dict[int, str]) -> str:
    out: list[str] = []
    for op, arg in parsed:
        out.append(_emit_one(op, arg, extra, groups))
    return "".join(out)


def _emit_one(op: Any, arg: Any, extra: int, groups: dict[int, str]) -> str:
    c = sre_constants
    if op is c.LITERAL:
        return chr(arg)
    if op is c.NOT_LITERAL:
        return next(ch for ch in _PREFERRED_CHARS if ord(ch) != arg)
    if op is c.ANY:
        return "a"
    if op is c.IN:
        return _char_in(arg)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, high, body = arg
        count = low + extra if high is c.MAXREPEAT else min(high, low + extra)
        count = max(count, low)
        return "".join(_emit(body, extra, groups) for _ in range(count))
    if op is c.SUBPATTERN:
        group, _add_flags, _del_flags, body = arg
        text = _emit(body, extra, groups)
        if group is not None:
            groups[group] = text
        return text
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _emit(arg, extra, groups)
    if op is c.BRANCH:
        _unused, branches = arg
        return _emit(branches[0], extra, groups)
    if op is c.GROUPREF:
        return groups.get(arg, "")
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return ""
    if op is c.GROUPREF_EXISTS:
        _group, yes, no = arg
        return _emit(yes, extra, groups) if yes else _emit(no or [], extra, groups)
    raise _Unsupported(str(op))


def _char_in(items: list[tuple[Any, Any]]) -> str:
    c = sre_constants
    negate = any(op is c.NEGATE for op, _ in items)
    matching = [ch for ch in _PREFERRED_CHARS + "zZ9 " if _in_set(ch, items) != negate]
    if matching:
        return matching[0]
    for code in range(32, 0x2FF):
        if _in_set(chr(code), items) != negate:
            return chr(code)
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
    checks = {
        "DIGIT": ch.isdigit(),
        "WORD": ch.isalnum() or ch == "_",
        "SPACE": ch.isspace(),
    }
    for key, result in checks.items():
        if key in name:
            return result != ("NOT" in name)
    return False
