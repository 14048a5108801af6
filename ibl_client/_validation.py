"""What the generated parsers call when a value does not fit its model.

Every such value is reported as a :class:`FieldError` naming its path from the body's root
(``results[3].owner.email``) and the offending value. The parsers raise it on their failure
branches only; each nesting level (a nested model, an array item, a union member) adds its
segment with :func:`within`, so the path is built on the way out and costs nothing when a
body fits.

Forward compatibility: an enum value the SDK does not know (the server added it after this
SDK was generated) is kept as its string and reported once at WARNING on the ``ibl_client``
logger, unless strict parsing is on (``AsyncClient(strict=True)`` or ``IBL_STRICT=1``), when it
is an error like any other. Unknown properties are always kept, in each model's
``additional_properties``.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import threading
import uuid
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar, cast

from . import _log
from ._errors import _MISSING, FieldError, Path, RequestValidationError

__all__ = ["PARSE_ERRORS", "FieldError", "strict_parsing"]

#: What a generated parser raises on a value that does not fit (FieldError is a TypeError).
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)

M = TypeVar("M")

#: Whether unknown enum values are errors, in the current context (see `strict_parsing`).
STRICT: contextvars.ContextVar[bool] = contextvars.ContextVar("ibl_strict", default=False)
_warned: set[tuple[str, object]] = set()
_warned_lock = threading.Lock()
#: Past this many distinct unknown values, no more warnings (a server sending random values
#: must not grow memory without bound).
_MAX_WARNED = 1000


def within(prefix: Path | str, error: BaseException, drop: str | None = None) -> FieldError:
    """``error`` (raised one level down) as a FieldError whose path starts with ``prefix``.

    ``drop`` is the name the generator gave the inner value (``results_item`` for an array's
    items, ``owner_type_0`` for a union's first member); a path starting with it is re-rooted.
    """
    head: Path = (prefix,) if isinstance(prefix, str) else prefix
    if isinstance(error, FieldError):
        path = error.path
        if drop is not None and path[:1] == (drop,):
            path = path[1:]
        return FieldError(head + path, error.expected, error.value)
    if isinstance(error, KeyError) and error.args and isinstance(error.args[0], str):
        key = error.args[0]
        return FieldError(head if key == drop else (*head, key), _MISSING)
    return FieldError(head, f"a valid value ({type(error).__name__}: {error})", None)


def deeper(current: FieldError | None, candidate: FieldError) -> FieldError:
    """Of two failed union members, the one that got further (the likelier intended one)."""
    if current is None or len(candidate.path) > len(current.path):
        return candidate
    return current


def unknown_enum_value(
    path: str, value: object, known: frozenset[Any], enum: str, *, known_only: bool = False
) -> Any:
    """``value`` when it may be kept although it is not one of ``known``; else a FieldError.

    A string (or integer, for an integer enum) is kept and reported once per enum and value,
    unless strict parsing is on or ``known_only`` is set (a union tries its members exactly
    first, and keeps an unknown value only once no member fits).
    """
    kinds = {type(v) for v in known}
    expected = f"one of {sorted(known)!r}"
    if known_only or STRICT.get() or type(value) not in kinds:
        raise FieldError(path, expected, value)
    key = (enum, value)
    if key not in _warned:
        with _warned_lock:
            if key not in _warned and len(_warned) < _MAX_WARNED:
                _warned.add(key)
                _log.logger.warning(
                    "%s: %r is not one of the %d values of %s this SDK knows; kept as it is "
                    "(a newer API version may have added it; strict=True makes this an error)",
                    path or enum,
                    value,
                    len(known),
                    enum,
                )
    return value


@contextlib.contextmanager
def strict_parsing(strict: bool) -> Iterator[None]:
    """Parse with unknown enum values as errors (``True``) or kept with a warning."""
    token = STRICT.set(strict)
    try:
        yield
    finally:
        STRICT.reset(token)


def nested(path: str, model: type[M], value: object) -> M:
    """``value`` as a ``model``: a JSON object parsed by its ``from_dict``, or an instance."""
    if isinstance(value, Mapping):
        try:
            return cast(M, cast(Any, model).from_dict(value))
        except PARSE_ERRORS as error:
            raise within(path, error) from error
    if isinstance(value, model):
        return value
    raise FieldError(path, f"an object ({model.__name__})", value)


def parse_datetime(path: str, value: object) -> datetime.datetime:
    """An ISO 8601 date-time. DRF writes UTC as a trailing "Z", which ``fromisoformat`` accepts
    only from Python 3.11; "+00:00" means the same and every version accepts it."""
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(
                value.replace("Z", "+00:00").replace("z", "+00:00")
            )
        except ValueError:
            pass
    raise FieldError(path, "an ISO 8601 date-time string", value)


def parse_date(path: str, value: object) -> datetime.date:
    """An ISO 8601 date (``2026-01-31``)."""
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise FieldError(path, "an ISO 8601 date string", value)


def parse_uuid(path: str, value: object) -> uuid.UUID:
    """A UUID in any form ``uuid.UUID`` reads."""
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise FieldError(path, "a UUID string", value)


def request_body(operation_id: str, model: type[M], body: Mapping[str, Any]) -> M:
    """A body given as a mapping, validated into the operation's request model.

    Values are JSON values, as the API's documentation shows them; models, dates, date-times
    and UUIDs among them are taken too. Keys the model does not declare are kept and sent.
    """
    try:
        return cast(M, cast(Any, model).from_dict(_as_json(body)))
    except PARSE_ERRORS as error:
        located = within((), error)
        raise RequestValidationError(
            f"{operation_id}: the body does not fit {model.__name__}: {located}",
            operation_id=operation_id,
            path=located.location,
        ) from error


def _as_json(value: object) -> object:
    if isinstance(value, Mapping):
        return {key: _as_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_json(item) for item in value]
    if isinstance(value, (datetime.date, uuid.UUID)):  # datetime.datetime is a date
        return value.isoformat() if isinstance(value, datetime.date) else str(value)
    to_dict = getattr(value, "to_dict", None)
    return _as_json(to_dict()) if callable(to_dict) else value
